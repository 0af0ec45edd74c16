# /// example
# task = """
# This loop computes the raw (unnormalised) autocorrelation of the signal `x` at lags 0 to \
# len(x) - 1 and stores it in `autocorr`:
#
# ```python
# import numpy as np
#
# n = len(x)
# autocorr = np.empty(n)
# for lag in range(n):
#     autocorr[lag] = np.dot(x[: n - lag], x[lag:])
# ```
#
# Replace it with one FFT-based SciPy correlation call giving the same `autocorr`."""
# prompt = """
# I compute the autocorrelation of `x` for every non-negative lag with a Python loop of dot \
# products into `autocorr`:
#
# ```python
# import numpy as np
#
# n = len(x)
# autocorr = np.empty(n)
# for lag in range(n):
#     autocorr[lag] = np.dot(x[: n - lag], x[lag:])
# ```
#
# That's quadratic in the length. Can scipy do it with FFTs in one call?"""
# task_type = 'performance'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'stereo.x' }
# checks = [
#     'np.shape(autocorr) == np.shape(x)',
#     'np.allclose(autocorr, np.correlate(x, x, mode="full")[len(x) - 1 :], rtol=1e-9, atol=1e-9 * np.sum(x**2))',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'correlation']
# edge_cases = true
# ///
from scipy import signal

# the full correlation runs from lag -(n-1) to n-1; keep the non-negative lags
full = signal.correlate(x, x, mode="full", method="fft")
autocorr = full[len(x) - 1 :]
