# /// example
# task = """
# Build the trace below as `trace` and find the indices of its peaks whose prominence is at least \
# 2, storing them in `peak_indices` and their prominences in `prominences`.
#
# ```text
# [0, 1, 0, 3, 1, 1, 5, 2, 2.5, 0]
# ```
#
# Wanted:
#
# ```text
# peak_indices = [3, 6]
# prominences  = [2.0, 5.0]
# ```"""
# prompt = """
# In this short `trace` I only care about peaks that stand out by at least 2 from their \
# surroundings; I want their positions in `peak_indices` and prominences in `prominences`:
#
# ```text
# [0, 1, 0, 3, 1, 1, 5, 2, 2.5, 0]
# ```
#
# I expect
#
# ```text
# peak_indices = [3, 6]
# prominences  = [2.0, 5.0]
# ```
#
# in `peak_indices` and `prominences`. How?"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'list(np.asarray(peak_indices)) == [3, 6]',
#     'np.allclose(prominences, [2.0, 5.0])',
# ]
# difficulty = 'basic'
# tags = ['peak-detection']
# ///
import numpy as np
from scipy import signal

trace = np.array([0, 1, 0, 3, 1, 1, 5, 2, 2.5, 0])
# prominence=2 drops the small bumps at indices 1 and 8
peak_indices, properties = signal.find_peaks(trace, prominence=2)
prominences = properties["prominences"]
