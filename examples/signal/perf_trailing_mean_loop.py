# /// example
# task = """
# This code smooths the sampled signal `x` with a 25-sample moving average, keeping only the \
# windows that fit entirely inside `x`, into `smooth` (length `len(x) - 24`):
#
# ```python
# import numpy as np
#
# window = 25
# smooth = np.array([x[i : i + window].mean() for i in range(len(x) - window + 1)])
# ```
#
# It is slow on long recordings. Compute the same `smooth` without a Python loop."""
# prompt = """
# I smooth my recording `x` with a moving average over 25 samples, only where the whole window \
# fits, so `smooth` is `len(x) - 24` long:
#
# ```python
# import numpy as np
#
# window = 25
# smooth = np.array([x[i : i + window].mean() for i in range(len(x) - window + 1)])
# ```
#
# With hours of data at a high sampling rate this list comprehension takes forever. Can it be \
# vectorised?"""
# task_type = 'performance'
# domain = 'signal_processing'
# libraries = ['numpy', 'scipy.signal']
# inputs = { x = 'noisy.signal' }
# checks = [
#     'len(smooth) == len(x) - 24',
#     'np.allclose(smooth, [x[i : i + 25].mean() for i in range(len(x) - 24)], rtol=1e-9, atol=1e-9 * max(1.0, float(np.abs(x).max())))',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'smoothing']
# edge_cases = true
# ///
import numpy as np

window = 25
# a 'valid' convolution with equal weights is the moving average at every full window
smooth = np.convolve(x, np.ones(window) / window, mode="valid")
