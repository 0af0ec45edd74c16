# /// example
# task = """
# This code should estimate the rate of change of the channel `y` (sampled at `fs` Hz) in units \
# per second with a Savitzky-Golay filter (11-sample window, cubic), storing it in `rate`:
#
# ```python
# from scipy import signal
#
# rate = signal.savgol_filter(y, window_length=11, polyorder=3, deriv=1)
# ```
#
# It runs, but `rate` is far too small compared with the slope seen on a plot against time in \
# seconds. Fix it."""
# prompt = """
# I differentiate my noisy channel `y` (sampled at `fs` Hz) with a Savitzky-Golay filter, 11 \
# samples, cubic, to get `rate` in units per second:
#
# ```python
# from scipy import signal
#
# rate = signal.savgol_filter(y, window_length=11, polyorder=3, deriv=1)
# ```
#
# The values are tiny: a drift I can see rising by about 1 unit over the 10 s record comes out \
# as thousandths. What am I missing?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { y = 'stereo.y', fs = 'stereo.fs' }
# checks = [
#     'np.shape(rate) == np.shape(y)',
#     'np.allclose(rate, scipy.signal.savgol_filter(y, 11, 3, deriv=1, delta=1 / fs), rtol=1e-7, atol=1e-9 * fs * max(1.0, float(np.abs(y).max())))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'smoothing', 'derivatives']
# edge_cases = true
# ///
from scipy import signal

# without delta the derivative is per sample; delta is the sample spacing in seconds
rate = signal.savgol_filter(y, window_length=11, polyorder=3, deriv=1, delta=1 / fs)
