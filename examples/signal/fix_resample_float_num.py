# /// example
# task = """
# This code should resample the channel `x` from its rate `fs` Hz to 150 Hz with FFT \
# resampling, the new length being `len(x) * 150 / fs` rounded to the nearest integer, and \
# store the result in `resampled`, but it raises an error:
#
# ```python
# from scipy import signal
#
# resampled = signal.resample(x, len(x) * 150 / fs)
# ```
#
# ```text
# TypeError: slice indices must be integers or None or have an __index__ method
# ```
#
# Fix it."""
# prompt = """
# I'm bringing my channel `x` (rate `fs`) down to 150 Hz with `signal.resample`, into \
# `resampled`, with as many samples as `len(x) * 150 / fs` rounded to the nearest integer:
#
# ```python
# from scipy import signal
#
# resampled = signal.resample(x, len(x) * 150 / fs)
# ```
#
# ```text
# TypeError: slice indices must be integers or None or have an __index__ method
# ```
#
# The length is a whole number of samples anyway, so why does it complain?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { x = 'stereo.x', fs = 'stereo.fs' }
# checks = [
#     'len(resampled) == round(len(x) * 150 / fs)',
#     'np.allclose(resampled, scipy.signal.resample(x, round(len(x) * 150 / fs)), rtol=1e-9, atol=1e-9 * max(1.0, float(np.abs(x).max())))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'resampling']
# edge_cases = true
# ///
from scipy import signal

# the division makes a float; resample needs an integer number of output samples
num = round(len(x) * 150 / fs)
resampled = signal.resample(x, num)
