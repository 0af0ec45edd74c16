# /// example
# task = """
# Find the troughs of `levels`: the indices whose value is strictly lower than the 2 samples on \
# each side (samples beyond the ends do not count as neighbours), and store them in `troughs`.
#
# ```text
# levels = [5, 3, 4, 2, 6, 7, 1, 8, 3, 4]
# ```
#
# Wanted:
#
# ```text
# troughs = [3, 6]
# ```"""
# prompt = """
# In `levels` I want the positions of the local minima, where a minimum must be strictly below \
# its two neighbours on each side (not just the adjacent ones), as `troughs`:
#
# ```text
# levels = [5, 3, 4, 2, 6, 7, 1, 8, 3, 4]
# ```
#
# Expected:
#
# ```text
# troughs = [3, 6]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.array_equal(np.ravel(troughs), [3, 6])',
#     'np.allclose(levels, [5, 3, 4, 2, 6, 7, 1, 8, 3, 4])',
# ]
# difficulty = 'basic'
# tags = ['peak-detection']
# ///
import numpy as np
from scipy import signal

levels = np.array([5, 3, 4, 2, 6, 7, 1, 8, 3, 4])
# order=2 compares each sample with 2 neighbours on each side; mode="clip" does not wrap around the ends
(troughs,) = signal.argrelmin(levels, order=2, mode="clip")
