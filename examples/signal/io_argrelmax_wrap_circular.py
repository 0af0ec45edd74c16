# /// example
# task = """
# `counts` are wind-direction counts in 7 sectors around the compass, so the last sector borders \
# the first. Find the sectors with more counts than both neighbours, treating the data as \
# circular, and store their indices in `modes`.
#
# ```text
# counts = [5, 3, 1, 2, 4, 3, 6]
# ```
#
# Wanted:
#
# ```text
# modes = [4, 6]
# ```"""
# prompt = """
# I count wind directions in 7 compass sectors, `counts`:
#
# ```text
# counts = [5, 3, 1, 2, 4, 3, 6]
# ```
#
# The last sector is next to the first one. Which sectors are local maxima (more than both \
# neighbours, going round the circle)? Indices in `modes`; I expect
#
# ```text
# modes = [4, 6]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.array_equal(modes, [4, 6])',
#     'np.allclose(counts, [5, 3, 1, 2, 4, 3, 6])',
# ]
# difficulty = 'basic'
# tags = ['peak-detection']
# ///
import numpy as np
from scipy import signal

counts = np.array([5, 3, 1, 2, 4, 3, 6])
# mode="wrap" compares the last sector with the first; the default "clip" never reports the ends
(modes,) = signal.argrelmax(counts, mode="wrap")
