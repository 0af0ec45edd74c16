# /// example
# task = """
# Differentiate the samples `y` of y = t**2 (taken at t = 0, 1, ..., 6) with a Savitzky-Golay \
# filter of window 5 and polynomial order 2, and store the first derivative in `dy`. A quadratic \
# fit reproduces a quadratic exactly, so the derivative 2 t comes out exact, ends included.
#
# ```text
# y = [0, 1, 4, 9, 16, 25, 36]
# ```
#
# Wanted:
#
# ```text
# dy = [0, 2, 4, 6, 8, 10, 12]
# ```"""
# prompt = """
# Sanity check before I use Savitzky-Golay derivatives on real data: for
#
# ```text
# y = [0, 1, 4, 9, 16, 25, 36]
# ```
#
# (that's t^2 at t = 0..6, step 1) a window of 5 with a quadratic should give the exact slope, in \
# `dy`, from my samples `y`:
#
# ```text
# dy = [0, 2, 4, 6, 8, 10, 12]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(dy, [0, 2, 4, 6, 8, 10, 12], atol=1e-9)',
#     'np.allclose(y, [0, 1, 4, 9, 16, 25, 36])',
# ]
# difficulty = 'basic'
# tags = ['smoothing', 'derivatives']
# ///
import numpy as np
from scipy import signal

y = np.array([0, 1, 4, 9, 16, 25, 36], dtype=float)
# mode="interp" (the default) fits the polynomial to the edge windows, so the ends are exact too
dy = signal.savgol_filter(y, window_length=5, polyorder=2, deriv=1, delta=1.0)
