# /// example
# task = """
# This code smooths the recording `x` with the causal 5-tap FIR weights `taps` \
# (y[n] = sum of taps[k] * x[n - k], samples before the start taken as zero) into `smoothed`, \
# the same length as `x`:
#
# ```python
# import numpy as np
#
# taps = np.array([0.1, 0.2, 0.4, 0.2, 0.1])
# smoothed = np.zeros(len(x))
# for n in range(len(x)):
#     for k in range(len(taps)):
#         if n - k >= 0:
#             smoothed[n] += taps[k] * x[n - k]
# ```
#
# Compute the same `smoothed` without Python loops."""
# prompt = """
# I apply a 5-tap weighted average `taps` = [0.1, 0.2, 0.4, 0.2, 0.1] to my audio `x` causally \
# (zeros before the first sample), giving `smoothed` of the same length, with this double loop:
#
# ```python
# import numpy as np
#
# taps = np.array([0.1, 0.2, 0.4, 0.2, 0.1])
# smoothed = np.zeros(len(x))
# for n in range(len(x)):
#     for k in range(len(taps)):
#         if n - k >= 0:
#             smoothed[n] += taps[k] * x[n - k]
# ```
#
# It crawls on real recordings. What's the fast way?"""
# task_type = 'performance'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal' }
# checks = [
#     'np.shape(smoothed) == np.shape(x)',
#     'np.allclose(smoothed, np.convolve(x, [0.1, 0.2, 0.4, 0.2, 0.1])[: len(x)], rtol=1e-9, atol=1e-12 * max(1.0, float(np.abs(x).max())))',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'filtering', 'fir-filter', 'smoothing']
# edge_cases = true
# ///
import numpy as np
from scipy import signal

taps = np.array([0.1, 0.2, 0.4, 0.2, 0.1])
# an FIR filter is lfilter with denominator 1; it starts from zero state, like the loop
smoothed = signal.lfilter(taps, 1.0, x)
