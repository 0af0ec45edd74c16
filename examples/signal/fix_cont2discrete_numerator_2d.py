# /// example
# task = """
# This code should discretise the first-order sensor model H(s) = 1 / (0.05 s + 1) with a \
# zero-order hold at the sampling interval of `u` (rate `fs` Hz) and run the input `u` through \
# the discrete filter, storing the output in `response`, but it raises an error:
#
# ```python
# from scipy import signal
#
# numd, dend, dt = signal.cont2discrete(([1.0], [0.05, 1.0]), 1 / fs, method="zoh")
# response = signal.lfilter(numd, dend, u)
# ```
#
# ```text
# ValueError: Parameter b is not a non-empty 1d array, since b.shape=(1, 2)!
# ```
#
# Fix it."""
# prompt = """
# I discretise my sensor's first-order model H(s) = 1 / (0.05 s + 1) with ZOH at my sample rate \
# `fs` and filter the input `u` with it to get `response`:
#
# ```python
# from scipy import signal
#
# numd, dend, dt = signal.cont2discrete(([1.0], [0.05, 1.0]), 1 / fs, method="zoh")
# response = signal.lfilter(numd, dend, u)
# ```
#
# lfilter refuses the coefficients:
#
# ```text
# ValueError: Parameter b is not a non-empty 1d array, since b.shape=(1, 2)!
# ```
#
# The numerator looks right when I print it. What's going on?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { u = 'stereo.x', fs = 'stereo.fs' }
# checks = [
#     'np.shape(response) == np.shape(u)',
#     # ZOH of a first-order lag: y[n] = p y[n-1] + (1 - p) u[n-1] with p = exp(-T / tau)
#     'np.allclose(response, scipy.signal.lfilter([0.0, 1 - np.exp(-1 / (0.05 * fs))], [1.0, -np.exp(-1 / (0.05 * fs))], u), rtol=1e-7, atol=1e-9 * max(1.0, float(np.abs(u).max())))',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'lti-system', 'filtering']
# edge_cases = true
# ///
from scipy import signal

numd, dend, dt = signal.cont2discrete(([1.0], [0.05, 1.0]), 1 / fs, method="zoh")
# cont2discrete returns the numerator as a 2-D row (one row per output); lfilter needs 1-D
response = signal.lfilter(numd.ravel(), dend, u)
