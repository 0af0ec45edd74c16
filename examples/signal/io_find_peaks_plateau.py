# /// example
# task = """
# Find the peaks of `counts` that are flat tops at least 2 samples wide. Store the peak indices \
# (the middle of each plateau, rounded down) in `peaks` and each plateau's first and last index \
# in `left_edges` and `right_edges`.
#
# ```text
# counts = [0, 2, 2, 2, 0, 3, 0, 1, 1, 0]
# ```
#
# Wanted:
#
# ```text
# peaks       = [2, 7]
# left_edges  = [1, 7]
# right_edges = [3, 8]
# ```"""
# prompt = """
# My detector saturates, so real events show up in `counts` as flat tops, while single-sample \
# maxima are glitches:
#
# ```text
# counts = [0, 2, 2, 2, 0, 3, 0, 1, 1, 0]
# ```
#
# I want only the plateaus of at least 2 samples: their centre index (rounded down) in `peaks` \
# and where each starts and ends in `left_edges` and `right_edges`:
#
# ```text
# peaks       = [2, 7]
# left_edges  = [1, 7]
# right_edges = [3, 8]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.array_equal(peaks, [2, 7])',
#     'np.array_equal(left_edges, [1, 7]) and np.array_equal(right_edges, [3, 8])',
#     'np.allclose(counts, [0, 2, 2, 2, 0, 3, 0, 1, 1, 0])',
# ]
# difficulty = 'intermediate'
# tags = ['peak-detection']
# ///
import numpy as np
from scipy import signal

counts = np.array([0, 2, 2, 2, 0, 3, 0, 1, 1, 0])
# plateau_size=2 keeps flat peaks of two or more equal samples
peaks, properties = signal.find_peaks(counts, plateau_size=2)
left_edges = properties["left_edges"]
right_edges = properties["right_edges"]
