# /// example
# task = """
# Design a 40 Hz low-pass FIR for data sampled at `fs` Hz with a Kaiser window sized by \
# `kaiserord` for 60 dB attenuation and a 10 Hz transition (odd length `numtaps`, coefficients \
# `taps`); compute its group delay `gd` (samples) over the 0-30 Hz passband with `group_delay`, \
# then filter `signal` causally with `lfilter` and remove that delay so that `filtered` is \
# aligned with `signal` and has the same length."""
# prompt = """
# Design a 40 Hz low-pass FIR for data at `fs` Hz with the Kaiser window method, sized for 60 dB \
# attenuation and a 10 Hz transition width; force an odd length `numtaps` and store the \
# coefficients in `taps`. Compute its group delay `gd` in samples over the 0-30 Hz passband, then \
# filter `signal` causally and compensate for that delay so `filtered` lines up with `signal` and \
# has the same length."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'numtaps % 2 == 1',
#     'np.allclose(gd, (numtaps - 1) / 2)',
#     # the Kaiser window whose beta `kaiserord` gives for 60 dB and a 10 Hz transition
#     "np.allclose(taps, scipy.signal.firwin(numtaps, 40, window=('kaiser', scipy.signal.kaiserord(60, 10 / (fs / 2))[1]), fs=fs))",
#     'filtered.shape == signal.shape',
#     'np.mean((filtered - signal) ** 2) < np.mean((np.roll(filtered, (numtaps - 1) // 2) - signal) ** 2)',
#     'band_power(filtered, fs, 60, fs / 2) <= 0.01 * band_power(signal, fs, 60, fs / 2) + 0.0001 * band_power(signal, fs, 0, fs / 2)',
# ]
# difficulty = 'advanced'
# tags = ['filter-design', 'fir-filter', 'window-functions', 'system-response']
# [edge_cases]
# min_seconds = 1.0
# why = 'the Kaiser design is about 0.36 s long whatever the sample rate: the record must be a few times longer than the filter for its delayed, aligned output to be judged'
# ///
import numpy as np
from scipy import signal as sps

numtaps, beta = sps.kaiserord(ripple=60, width=10 / (fs / 2))
numtaps |= 1  # odd length: the delay (numtaps - 1) / 2 is a whole number of samples
taps = sps.firwin(numtaps, 40, window=("kaiser", beta), fs=fs)
# evaluate in the passband only: in the stopband zeros the group delay is undefined
_, gd = sps.group_delay((taps, 1.0), w=np.linspace(0, 30, 64), fs=fs)
delay = (numtaps - 1) // 2
padded = np.concatenate([signal, np.zeros(delay)])
filtered = sps.lfilter(taps, 1.0, padded)[delay:]
