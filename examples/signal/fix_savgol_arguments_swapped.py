# /// example
# task = """
# This code should smooth the measurements `y` with a Savitzky-Golay filter of window length 11 \
# and polynomial order 3, storing the result in `smoothed`, but it raises an error:
#
# ```python
# from scipy import signal
#
# smoothed = signal.savgol_filter(y, 3, 11)
# ```
#
# ```text
# ValueError: polyorder must be less than window_length.
# ```
#
# Fix it."""
# prompt = """
# I want to smooth `y` with Savitzky-Golay, an 11-point window and a cubic (order 3), into \
# `smoothed`:
#
# ```python
# from scipy import signal
#
# smoothed = signal.savgol_filter(y, 3, 11)
# ```
#
# ```text
# ValueError: polyorder must be less than window_length.
# ```
#
# 3 is less than 11, isn't it?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { y = 'peak.y' }
# checks = [
#     'np.shape(smoothed) == np.shape(y)',
#     'np.allclose(smoothed, scipy.signal.savgol_filter(y, window_length=11, polyorder=3), atol=1e-9 * (1 + np.abs(y).max()))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'smoothing']
# [edge_cases]
# min_size = 11
# why = 'an 11-point window needs at least 11 measurements'
# ///
from scipy import signal

# the window length comes first, then the polynomial order; naming them avoids the swap
smoothed = signal.savgol_filter(y, window_length=11, polyorder=3)
