# /// example
# task = """
# This loop finds the indices of the strict local maxima of the signal `x` (samples larger than \
# both neighbours; the first and last samples never count) and stores them in `maxima`:
#
# ```python
# import numpy as np
#
# maxima = []
# for i in range(1, len(x) - 1):
#     if x[i] > x[i - 1] and x[i] > x[i + 1]:
#         maxima.append(i)
# maxima = np.array(maxima, dtype=int)
# ```
#
# Replace the loop with a single SciPy call that returns the same `maxima`."""
# prompt = """
# I'm finding local maxima of `x` with a Python loop (strictly larger than both neighbours, never \
# the end points), result in `maxima`:
#
# ```python
# import numpy as np
#
# maxima = []
# for i in range(1, len(x) - 1):
#     if x[i] > x[i - 1] and x[i] > x[i + 1]:
#         maxima.append(i)
# maxima = np.array(maxima, dtype=int)
# ```
#
# It's slow on long recordings. Is there a SciPy function for this?"""
# task_type = 'performance'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'stereo.x' }
# checks = [
#     'np.array_equal(np.asarray(maxima), np.flatnonzero((x[1:-1] > x[:-2]) & (x[1:-1] > x[2:])) + 1)',
#     'np.asarray(maxima).ndim == 1 and np.all(np.diff(maxima) > 0)',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'peak-detection']
# edge_cases = true
# ///
from scipy import signal

# argrelmax compares each sample with its neighbours on both sides (order=1), ends excluded
(maxima,) = signal.argrelmax(x, order=1)
