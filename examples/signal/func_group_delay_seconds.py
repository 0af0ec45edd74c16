# /// example
# task = '''
# Write a function `group_delay_seconds` with the signature and docstring below.
#
# ```python
# def group_delay_seconds(b, a, freqs_hz, fs):
#     """Group delay of the digital filter with coefficients (b, a), in seconds.
#
#     freqs_hz are the frequencies in Hz (0 <= f < fs / 2) at which to
#     evaluate it and fs is the sampling rate in Hz. Returns a float array
#     with one delay per frequency.
#     """
# ```'''
# prompt = """
# I keep converting filter delays from samples to seconds by hand. Could you write \
# `group_delay_seconds(b, a, freqs_hz, fs)` that returns the group delay in seconds of the \
# digital filter (b, a) at the given frequencies in Hz (sampling rate `fs`), one value per \
# frequency, as a float array?"""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     # a symmetric 11-tap FIR delays every frequency by 5 samples
#     'np.allclose(group_delay_seconds(scipy.signal.firwin(11, 100, fs=1000), [1.0], [10, 50, 90], 1000), 5 / 1000, atol=1e-9)',
#     # a pure 3-sample delay at 48 kHz
#     'np.allclose(group_delay_seconds([0, 0, 0, 1], [1], [100, 5000, 20000], 48000), 3 / 48000)',
#     # one-pole low-pass b = [0.5], a = [1, -0.5]: delay (p cos w - p^2) / (1 - 2 p cos w + p^2) samples, p = 0.5
#     'np.allclose(group_delay_seconds([0.5], [1, -0.5], [0, 10, 25], 100), (0.5 * np.cos(2 * np.pi * np.array([0, 10, 25]) / 100) - 0.25) / (1.25 - np.cos(2 * np.pi * np.array([0, 10, 25]) / 100)) / 100)',
#     'len(group_delay_seconds([1, 1], [1], [5, 15, 25, 35], 100)) == 4',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'system-response', 'filter-design']
# ///
import numpy as np
from scipy import signal


def group_delay_seconds(b, a, freqs_hz, fs):
    """Group delay of the digital filter with coefficients (b, a), in seconds.

    freqs_hz are the frequencies in Hz (0 <= f < fs / 2) at which to
    evaluate it and fs is the sampling rate in Hz. Returns a float array
    with one delay per frequency.
    """
    # with fs= the frequencies are in Hz, but the delay is still in samples
    _, delay_samples = signal.group_delay((b, a), w=np.asarray(freqs_hz, dtype=float), fs=fs)
    return np.asarray(delay_samples, dtype=float) / fs
