# /// example
# task = """
# Smooth `signal` (sampled at `fs` Hz) with a moving average spanning exactly one period of the \
# interference at `tones[1]` Hz (so the average nulls it), using `scipy.signal.convolve` in \
# "valid" mode; store the result in `averaged` and the window length in `k`."""
# prompt = """
# `signal` (sampled at `fs` Hz) has interference at `tones[1]` Hz. Smooth it with a moving \
# average whose length `k` is one period of that interference in samples, so the average nulls \
# it, convolving in 'valid' mode (only full-overlap outputs); store the result in `averaged`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs', tones = 'noisy.tones' }
# checks = [
#     'len(averaged) == len(signal) - k + 1',
#     # one period of `tones[1]`, to the nearest sample
#     'abs(k - fs / tones[1]) <= 0.5',
#     'np.allclose(averaged, (np.cumsum(np.r_[0, signal])[k:] - np.cumsum(np.r_[0, signal])[:-k]) / k, atol=1e-9 * np.abs(signal).max())',
#     'band_power(averaged, fs, tones[1] - 2, tones[1] + 2) <= 0.05 * band_power(signal, fs, tones[1] - 2, tones[1] + 2) + 0.0001 * band_power(signal, fs, 0, fs / 2)',
# ]
# difficulty = 'basic'
# tags = ['smoothing', 'filtering']
# [edge_cases]
# tone_ranges = [[2, 20], [40, 70], [100, 200]]
# noise_only = false
# min_seconds = 0.5
# why = "the interference frequency `tones[1]` is part of the input (drawn anywhere in 40-70 Hz, so a period is rarely a whole number of samples), and a pure-noise draw has no tones; the check's 4 Hz band needs periodogram bins (1 / duration) of 2 Hz or finer"
# ///
import numpy as np
from scipy import signal as sps

k = round(fs / tones[1])
# a boxcar of one period has spectral zeros at tones[1] and its harmonics
averaged = sps.convolve(signal, np.ones(k) / k, mode="valid")
