# /// example
# task = '''
# Write a function `peak_times` with the signature and docstring below. Apply it to the signal `x`
# sampled at `fs` Hz with a height of 1.0 and a minimum interval of
# 0.1 s and store the result in `beat_times`.
#
# ```python
# def peak_times(x, fs, min_height, min_interval_s):
#     """Times (s) of the local maxima of `x` that reach `min_height`.
#
#     `x` is sampled at `fs` Hz, sample i at time i / fs. Peaks closer than
#     `min_interval_s` are thinned to the tallest one: the minimum distance is
#     max(1, round(min_interval_s * fs)) samples. Returns a float array, empty
#     when no sample qualifies (an empty, constant or 1-sample `x` included).
#     """
# ```'''
# prompt = """
# I need a reusable peak picker `peak_times(x, fs, min_height, min_interval_s)` that returns the \
# times in seconds (sample i is at i / fs) of local maxima at least `min_height` tall, keeping only \
# the tallest of peaks closer than `min_interval_s` (a distance of `max(1, round(min_interval_s * fs))` \
# samples). Empty, constant or one-sample inputs should just give an empty float array. Run it on \
# my signal `x` at `fs` Hz with height `1.0` and interval `0.1` s, into `beat_times`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'np.allclose(peak_times([0.0, 2.0, 0.0, 0.5, 0.0, 3.0, 0.0], 10.0, 1.0, 0.1), [0.1, 0.5])',
#     'np.allclose(peak_times([0.0, 2.0, 0.0, 2.5, 0.0, 0.0, 1.5, 0.0], 2.0, 1.0, 1.5), [1.5, 3.0])',
#     'np.allclose(peak_times(np.sin(2 * np.pi * 2 * np.arange(100) / 100), 100.0, 0.5, 0.2), scipy.signal.find_peaks(np.sin(2 * np.pi * 2 * np.arange(100) / 100), height=0.5, distance=20)[0] / 100.0)',
#     'peak_times(np.ones(5), 50.0, 0.5, 0.1).size == 0',
#     'peak_times([], 50.0, 0.5, 0.1).size == 0',
#     'np.allclose(beat_times, scipy.signal.find_peaks(x, height=1.0, distance=max(1, round(0.1 * fs)))[0] / fs)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'peak-detection']
# edge_cases = true
# ///
import numpy as np
from scipy import signal


def peak_times(x, fs, min_height, min_interval_s):
    """Times (s) of the local maxima of `x` that reach `min_height`.

    `x` is sampled at `fs` Hz, sample i at time i / fs. Peaks closer than
    `min_interval_s` are thinned to the tallest one: the minimum distance is
    max(1, round(min_interval_s * fs)) samples. Returns a float array, empty
    when no sample qualifies (an empty, constant or 1-sample `x` included).
    """
    x = np.asarray(x, dtype=float)
    # find_peaks needs a distance of at least one sample
    distance = max(1, round(min_interval_s * fs))
    peaks, _ = signal.find_peaks(x, height=min_height, distance=distance)
    return peaks / fs


beat_times = peak_times(x, fs, 1.0, 0.1)
