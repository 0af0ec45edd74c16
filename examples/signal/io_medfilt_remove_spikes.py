# /// example
# task = """
# Build the readings below as `readings` and remove the isolated spikes with a 3-point median \
# filter that treats the values beyond both ends as zeros, giving `cleaned` (same length).
#
# ```text
# [1, 1, 9, 1, 2, 2, 8, 2, 3]
# ```
#
# Wanted `cleaned`:
#
# ```text
# [1, 1, 1, 2, 2, 2, 2, 3, 2]
# ```"""
# prompt = """
# My sensor `readings` have single-sample spikes that I want gone, in `cleaned`:
#
# ```text
# [1, 1, 9, 1, 2, 2, 8, 2, 3]
# ```
#
# A 3-point median with zero padding at the ends should turn them into this `cleaned` list:
#
# ```text
# [1, 1, 1, 2, 2, 2, 2, 3, 2]
# ```
#
# Which function does that?"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.array_equal(np.asarray(cleaned), [1, 1, 1, 2, 2, 2, 2, 3, 2])',
#     'list(readings) == [1, 1, 9, 1, 2, 2, 8, 2, 3]',
# ]
# difficulty = 'basic'
# tags = ['smoothing', 'filtering', 'outliers']
# ///
import numpy as np
from scipy import signal

readings = np.array([1, 1, 9, 1, 2, 2, 8, 2, 3])
# medfilt pads both ends with zeros, which is why the last value drops to 2
cleaned = signal.medfilt(readings, kernel_size=3)
