# /// example
# task = """
# Build the non-negative readings below as `readings` and compute their running maximum over a \
# centred 3-sample window (the window's missing neighbours at both ends count as 0) as a rank \
# filter, storing it in `running_max` (same length).
#
# ```text
# readings = [3, 1, 4, 1, 5, 9, 2, 6, 5]
# ```
#
# Wanted:
#
# ```text
# running_max = [3, 4, 4, 5, 9, 9, 9, 6, 6]
# ```"""
# prompt = """
# For peak-hold display I want, for each of my `readings`, the largest value among it and its two \
# neighbours (treat the missing neighbour at each end as 0), in `running_max`:
#
# ```text
# readings = [3, 1, 4, 1, 5, 9, 2, 6, 5]
# ```
#
# Expected:
#
# ```text
# running_max = [3, 4, 4, 5, 9, 9, 9, 6, 6]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(running_max, [3, 4, 4, 5, 9, 9, 9, 6, 6]) and len(running_max) == 9',
#     'np.allclose(readings, [3, 1, 4, 1, 5, 9, 2, 6, 5])',
# ]
# difficulty = 'basic'
# tags = ['filtering', 'rolling-window']
# ///
import numpy as np
from scipy import signal

readings = np.array([3, 1, 4, 1, 5, 9, 2, 6, 5], dtype=float)
window = np.ones(3)
# rank 2 of the 3 sorted window values (counting from 0) is the maximum
running_max = signal.order_filter(readings, window, 2)
