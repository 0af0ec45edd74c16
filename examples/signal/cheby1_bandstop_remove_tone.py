# /// example
# task = """
# Remove the 1200 Hz tone from the recording `x` (sampled at `fs` Hz) with a 3rd-order Chebyshev \
# type I band-stop filter from 1100 to 1300 Hz with 0.5 dB pass-band ripple, designed as \
# second-order sections (`sos`) and applied forward and backward. Store the cleaned signal in \
# `cleaned`."""
# prompt = """
# There's an annoying 1200 Hz whistle in my recording `x` (rate `fs`). I'd like to notch out \
# 1100-1300 Hz with a 3rd-order Chebyshev type I band-stop (0.5 dB ripple), as second-order \
# sections in `sos`, run forwards and backwards so nothing shifts. Put the result in `cleaned`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'np.allclose(sos, scipy.signal.cheby1(3, 0.5, [1100, 1300], btype="bandstop", fs=fs, output="sos"))',
#     'np.allclose(cleaned, scipy.signal.sosfiltfilt(scipy.signal.cheby1(3, 0.5, [1100, 1300], btype="bandstop", fs=fs, output="sos"), x), rtol=1e-9, atol=1e-9 * np.abs(x).max())',
#     # deep in the stop band at 1200 Hz, within the ripple at 440 Hz
#     'np.abs(scipy.signal.sosfreqz(sos, worN=[1200.0], fs=fs)[1][0]) < 0.01 and np.abs(scipy.signal.sosfreqz(sos, worN=[440.0], fs=fs)[1][0]) > 10 ** (-0.5 / 20) - 1e-9',
# ]
# difficulty = 'intermediate'
# tags = ['iir-filter', 'bandpass', 'filtering']
# [edge_cases]
# min_size = 64
# why = 'the forward-backward pass pads each end with about 3 filter lengths, so recordings need at least 64 samples'
# ///
from scipy import signal

# rp=0.5 is the pass-band ripple in dB; the two edges make a band-stop of order 2 * 3
sos = signal.cheby1(3, 0.5, [1100, 1300], btype="bandstop", fs=fs, output="sos")
cleaned = signal.sosfiltfilt(sos, x)
