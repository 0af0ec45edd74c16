# /// example
# task = """
# This code should remove single-sample spikes from the channel `y` (sampled at `fs` Hz) with a \
# median filter spanning 20 ms and store the result in `despiked`, but it raises an error:
#
# ```python
# from scipy import signal
#
# kernel = int(0.02 * fs)
# despiked = signal.medfilt(y, kernel_size=kernel)
# ```
#
# ```text
# ValueError: Each element of kernel_size should be odd.
# ```
#
# Fix it by using the smallest odd number of samples that covers 20 ms."""
# prompt = """
# I median-filter my channel `y` (rate `fs`) over a 20 ms window to knock out spikes, into \
# `despiked`:
#
# ```python
# from scipy import signal
#
# kernel = int(0.02 * fs)
# despiked = signal.medfilt(y, kernel_size=kernel)
# ```
#
# and SciPy complains
#
# ```text
# ValueError: Each element of kernel_size should be odd.
# ```
#
# I'm fine with rounding the window up to the next odd number of samples that covers the 20 ms."""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { y = 'stereo.y', fs = 'stereo.fs' }
# checks = [
#     'np.shape(despiked) == np.shape(y)',
#     # the smallest odd kernel covering 20 ms: ceil(0.02 fs), plus one when that is even
#     'np.allclose(despiked, scipy.signal.medfilt(y, int(np.ceil(0.02 * fs - 1e-9)) + 1 - int(np.ceil(0.02 * fs - 1e-9)) % 2))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'filtering', 'smoothing', 'outliers']
# edge_cases = true
# ///
import math

from scipy import signal

kernel = math.ceil(0.02 * fs)
# the median needs a centre sample, so the window length must be odd
if kernel % 2 == 0:
    kernel += 1
despiked = signal.medfilt(y, kernel_size=kernel)
