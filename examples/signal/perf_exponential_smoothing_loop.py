# /// example
# task = """
# This code applies exponential smoothing with factor 0.1 to the signal `y`, starting the output \
# at the first sample, into `smoothed`:
#
# ```python
# import numpy as np
#
# alpha = 0.1
# smoothed = np.empty(len(y))
# smoothed[0] = y[0]
# for n in range(1, len(y)):
#     smoothed[n] = alpha * y[n] + (1 - alpha) * smoothed[n - 1]
# ```
#
# Replace the loop with a single filter call that gives the same `smoothed`."""
# prompt = """
# My exponential smoother (alpha = 0.1, output starts at the first sample) over the drifting \
# channel `y` is a Python loop:
#
# ```python
# import numpy as np
#
# alpha = 0.1
# smoothed = np.empty(len(y))
# smoothed[0] = y[0]
# for n in range(1, len(y)):
#     smoothed[n] = alpha * y[n] + (1 - alpha) * smoothed[n - 1]
# ```
#
# It's a one-pole IIR filter, so there must be a vectorised way to get the same `smoothed`, \
# including the start."""
# task_type = 'performance'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { y = 'stereo.y' }
# checks = [
#     'np.shape(smoothed) == np.shape(y)',
#     'np.isclose(smoothed[0], y[0])',
#     'np.allclose(smoothed, pd.Series(y).ewm(alpha=0.1, adjust=False).mean().to_numpy(), rtol=1e-9, atol=1e-9 * max(1.0, float(np.abs(y).max())))',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization', 'filtering', 'iir-filter', 'smoothing']
# edge_cases = true
# ///
from scipy import signal

alpha = 0.1
b = [alpha]
a = [1.0, -(1 - alpha)]
# the initial state (1 - alpha) * y[0] makes the first output equal y[0], as in the loop
smoothed, _ = signal.lfilter(b, a, y, zi=[(1 - alpha) * y[0]])
