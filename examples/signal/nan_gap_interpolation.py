# /// example
# task = """
# A logger dropped samples: copy `signal` (sampled at `fs` Hz) to `gappy` and set a run of 2% of \
# the samples starting at 20% of its length to NaN. IIR filtering would spread NaN through the \
# whole output, so detect the missing samples (`n_missing`), fill them by linear interpolation \
# and only then apply a zero-phase 4th-order Butterworth 30 Hz low-pass; store the result in \
# `filtered`."""
# prompt = """
# Our logger dropped samples: copy `signal` (sampled at `fs` Hz) to `gappy` and set a run of 2% \
# of the samples (len // 50, at least one), starting at 20% of its length, to NaN. Since IIR \
# filtering would smear NaN over everything, count the missing samples (`n_missing`), fill them \
# by linear interpolation, and only then apply a zero-phase 4th-order Butterworth 30 Hz low-pass; \
# store the result in `filtered`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'n_missing == max(1, len(signal) // 50)',
#     'filtered.shape == signal.shape and np.all(np.isfinite(filtered))',
#     # zero phase: away from the ends the result matches a forward-backward pass of the stated filter
#     # over the linearly interpolated record
#     'np.sqrt(np.mean((filtered - scipy.signal.sosfiltfilt(scipy.signal.butter(4, 30, fs=fs, output="sos"), (lambda i, ok: np.interp(i, i[ok], gappy[ok]))(np.arange(len(gappy)), ~np.isnan(gappy))))[len(signal) // 4 : 3 * len(signal) // 4] ** 2)) <= 0.05 * np.std(signal) + 1e-9 * np.abs(signal).max()',
#     # inside the gap too: the filled samples are the straight line between the gap's neighbours
#     'np.abs((filtered - scipy.signal.sosfiltfilt(scipy.signal.butter(4, 30, fs=fs, output="sos"), (lambda i, ok: np.interp(i, i[ok], gappy[ok]))(np.arange(len(gappy)), ~np.isnan(gappy))))[np.isnan(gappy)]).max() <= 0.05 * np.std(signal) + 1e-9 * np.abs(signal).max()',
#     'band_power(filtered, fs, 100, fs / 2) <= 0.05 * band_power(signal, fs, 100, fs / 2) + 0.0001 * band_power(signal, fs, 0, fs / 2)',
# ]
# difficulty = 'intermediate'
# tags = ['missing-data', 'interpolation']
# [edge_cases]
# min_seconds = 0.2
# why = 'the check tells the stopband above 100 Hz from the pass band below 30 Hz, which takes periodogram bins (1 / duration) a few times finer than that gap'
# ///
import numpy as np
from scipy import signal as sps

gappy = signal.copy()
start = len(signal) // 5
gappy[start : start + max(1, len(signal) // 50)] = np.nan

missing = np.isnan(gappy)
n_missing = int(missing.sum())
filled = gappy.copy()
if n_missing:
    idx = np.arange(len(gappy))
    # np.interp bridges the gap with a straight line between its valid neighbours
    filled[missing] = np.interp(idx[missing], idx[~missing], gappy[~missing])
sos = sps.butter(4, 30, fs=fs, output="sos")
# a single NaN would spread through the recursive filter state, forwards and back, to every sample
filtered = sps.sosfiltfilt(sos, filled)
