# /// example
# task = """
# Low-pass `signal` (sampled at `fs` Hz) with a long 1001-tap `firwin` FIR `taps` whose cutoff \
# lies halfway between the known tones `tones[0]` and `tones[1]`, using overlap-add convolution \
# (`oaconvolve`, centred so there is no delay); store the result in `filtered`."""
# prompt = """
# Low-pass `signal` (sampled at `fs` Hz) with a long 1001-tap windowed-sinc FIR `taps` whose \
# cutoff sits halfway between the known tones `tones[0]` and `tones[1]`. Because the filter is \
# long, use overlap-add convolution, centred so there is no delay, and store the output in \
# `filtered` with the same length as `signal`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { signal = 'audio.signal', fs = 'audio.fs', tones = 'audio.tones' }
# checks = [
#     'filtered.shape == signal.shape',
#     # the direct sum, centred the same way (for a signal shorter than the filter too)
#     "np.allclose(filtered, scipy.signal.convolve(signal, taps, mode='same', method='direct'), rtol=1e-6, atol=1e-9 * np.abs(signal).max())",
#     'band_power(filtered, fs, tones[0] - 2, tones[0] + 2) >= 0.8 * band_power(signal, fs, tones[0] - 2, tones[0] + 2) - 0.0001 * band_power(signal, fs, 0, fs / 2)',
#     'band_power(filtered, fs, tones[1] - 2, tones[1] + 2) <= 0.01 * band_power(signal, fs, tones[1] - 2, tones[1] + 2) + 0.0001 * band_power(signal, fs, 0, fs / 2)',
#     # a windowed-sinc low-pass passes half the amplitude at its cutoff, halfway between the tones
#     'len(taps) == 1001 and abs(abs(scipy.signal.freqz(taps, worN=[(tones[0] + tones[1]) / 2], fs=fs)[1][0]) - 0.5) < 0.05',
# ]
# difficulty = 'intermediate'
# tags = ['filter-design', 'fir-filter', 'filtering', 'incremental-processing']
# [edge_cases]
# noise_only = false
# why = 'the cutoff is placed between the tones `tones[0]` and `tones[1]`, and a pure-noise draw has no tones'
# ///
from scipy import signal as sps

taps = sps.firwin(1001, (tones[0] + tones[1]) / 2, fs=fs)
# overlap-add is fastest when one input is much longer than the other
filtered = sps.oaconvolve(signal, taps, mode="same")
