# /// example
# task = """
# Low-pass `signal` (sampled at `fs` Hz) with a zero-phase 4th-order Butterworth at 20 Hz into \
# `smooth`, find its local maxima that are the largest value within +/-50 ms (`order` samples on \
# each side) with `argrelextrema` (indices in `maxima`), and rank them by `peak_prominences`; \
# store the prominences in `prominences` and the maxima sorted from most to least prominent in \
# `ranked`."""
# prompt = """
# My noisy trace `signal` (sampled at `fs` Hz) needs peak picking. Smooth it first with a \
# zero-phase 4th-order Butterworth low-pass at 20 Hz into `smooth`, then find the local maxima of \
# `smooth` that are the largest value within +/-50 ms (keep that half-window in samples as \
# `order`; indices in `maxima`). Rank them by prominence: store the prominences in `prominences` \
# and the maxima sorted from most to least prominent in `ranked`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'len(maxima) > 0 and len(prominences) == len(maxima) == len(ranked)',
#     # 50 ms in samples (at least one)
#     'order >= 1 and abs(order - 0.05 * fs) <= 1',
#     # zero phase: away from the ends the result matches a forward-backward pass of the stated filter
#     'np.sqrt(np.mean((smooth - scipy.signal.sosfiltfilt(scipy.signal.butter(4, 20, fs=fs, output="sos"), signal))[len(signal) // 4 : 3 * len(signal) // 4] ** 2)) <= 0.05 * np.std(signal) + 1e-9 * np.abs(signal).max()',
#     'all(smooth[i] == smooth[max(0, i - order): i + order + 1].max() for i in maxima)',
#     'np.all(prominences >= 0) and sorted(ranked) == sorted(maxima)',
#     'np.all(np.diff(scipy.signal.peak_prominences(smooth, ranked)[0]) <= 0)',
# ]
# difficulty = 'intermediate'
# tags = ['peak-detection', 'filtering', 'lowpass']
# [edge_cases]
# min_seconds = 0.5
# why = "a maximum that is the largest within +/-50 ms takes a record of a couple of periods of the slowest component (the 5 Hz tone's period is 0.2 s) to occur at all"
# ///
import numpy as np
from scipy import signal as sps

sos = sps.butter(4, 20, fs=fs, output="sos")
smooth = sps.sosfiltfilt(sos, signal)
order = max(1, int(0.05 * fs))  # neighbours on each side that must be lower
maxima = sps.argrelextrema(smooth, np.greater, order=order)[0]
prominences = sps.peak_prominences(smooth, maxima)[0]
ranked = maxima[np.argsort(prominences)[::-1]]
