# /// example
# task = """
# Design a Chebyshev type II low-pass for the recording `x` (sampled at `fs` Hz) straight from \
# its specification with `iirdesign`: pass band up to 1000 Hz with at most 1 dB loss, stop band \
# from 1300 Hz with at least 50 dB attenuation. Keep it as second-order sections in `sos` and \
# store the zero-phase (forward-backward) filtered signal in `filtered`."""
# prompt = """
# I need to low-pass my recording `x` (rate `fs`): keep everything below 1000 Hz within 1 dB and \
# knock everything above 1300 Hz down by at least 50 dB, with a Chebyshev type II design of the \
# lowest order meeting that spec. Put the filter as second-order sections in `sos` and the \
# forward-backward filtered signal in `filtered`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     # the lowest order that meets the spec
#     'len(sos) == (scipy.signal.cheb2ord(1000, 1300, 1, 50, fs=fs)[0] + 1) // 2',
#     # pass band within 1 dB, stop band at least 50 dB down
#     'np.all(20 * np.log10(np.abs(scipy.signal.sosfreqz(sos, worN=np.linspace(0, 1000, 50), fs=fs)[1])) >= -1 - 1e-6)',
#     'np.all(20 * np.log10(np.abs(scipy.signal.sosfreqz(sos, worN=np.linspace(1300, fs / 2, 200), fs=fs)[1]) + 1e-300) <= -50 + 1e-6)',
#     'np.allclose(filtered, scipy.signal.sosfiltfilt(sos, x), rtol=1e-9, atol=1e-9 * np.abs(x).max())',
# ]
# difficulty = 'intermediate'
# tags = ['filter-design', 'iir-filter', 'lowpass', 'filtering']
# [edge_cases]
# min_size = 64
# why = 'the forward-backward pass pads each end with 3 times the filter length, which needs a recording of at least 64 samples'
# ///
from scipy import signal

# iirdesign picks the lowest order that meets the pass-band and stop-band spec
sos = signal.iirdesign(wp=1000, ws=1300, gpass=1, gstop=50, ftype="cheby2", output="sos", fs=fs)
filtered = signal.sosfiltfilt(sos, x)
