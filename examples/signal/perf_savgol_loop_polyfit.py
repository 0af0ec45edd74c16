# /// example
# task = """
# This loop smooths `y` by fitting a quadratic to every 7-point window with `np.polyfit` and \
# taking the fitted value at the window's centre; the first and last 3 points take the value, at \
# their own position, of the quadratic fitted to the first or last 7 points. It stores the result \
# in `smoothed`:
#
# ```python
# import numpy as np
#
# n = len(y)
# smoothed = np.empty(n)
# positions = np.arange(n)
# for i in range(n):
#     start = min(max(i - 3, 0), n - 7)
#     window = slice(start, start + 7)
#     coefficients = np.polyfit(positions[window], y[window], 2)
#     smoothed[i] = np.polyval(coefficients, i)
# ```
#
# Replace the loop with one SciPy call that gives the same `smoothed`."""
# prompt = """
# I smooth my measurements `y` with local quadratic fits in a Python loop (7-point windows, \
# centred where possible, the end windows reused for the first and last 3 points), into \
# `smoothed`:
#
# ```python
# import numpy as np
#
# n = len(y)
# smoothed = np.empty(n)
# positions = np.arange(n)
# for i in range(n):
#     start = min(max(i - 3, 0), n - 7)
#     window = slice(start, start + 7)
#     coefficients = np.polyfit(positions[window], y[window], 2)
#     smoothed[i] = np.polyval(coefficients, i)
# ```
#
# I think this is a Savitzky-Golay filter. Which SciPy call does exactly this?"""
# task_type = 'performance'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { y = 'peak.y' }
# checks = [
#     'np.shape(smoothed) == np.shape(y)',
#     'np.allclose(smoothed, scipy.signal.savgol_filter(y, 7, 2, mode="interp"), atol=1e-8 * (1 + np.abs(y).max()))',
#     # interior points: the 7-point quadratic smoothing weights (-2, 3, 6, 7, 6, 3, -2) / 21
#     'np.allclose(np.asarray(smoothed)[3:-3], np.convolve(y, np.array([-2, 3, 6, 7, 6, 3, -2]) / 21, mode="valid"), atol=1e-8 * (1 + np.abs(y).max()))',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization', 'smoothing']
# [edge_cases]
# min_size = 7
# why = 'a 7-point window needs at least 7 measurements'
# ///
from scipy import signal

# mode="interp" fits the end windows just like the loop does for the first and last 3 points
smoothed = signal.savgol_filter(y, window_length=7, polyorder=2, mode="interp")
