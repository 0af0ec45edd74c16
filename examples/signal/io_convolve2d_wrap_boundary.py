# /// example
# task = """
# Smooth the periodic 3 x 3 grid `grid` with the 5-point cross kernel `kernel` (each cell and its \
# four neighbours, weight 1/5 each), treating the grid as wrapping around at its edges like a \
# torus. Keep the output the size of `grid` and store it, multiplied by 5 to show the neighbour \
# sums, in `neighbour_sums`.
#
# ```text
# grid = [[1, 2, 0],
#         [0, 1, 3],
#         [4, 0, 1]]
# ```
#
# Wanted:
#
# ```text
# neighbour_sums = [[7, 4, 7],
#                   [9, 6, 5],
#                   [6, 8, 8]]
# ```"""
# prompt = """
# My simulation grid is periodic (what leaves on the right comes back on the left), so averaging \
# a cell with its 4 neighbours should wrap around the edges. For my `grid`
#
# ```text
# grid = [[1, 2, 0],
#         [0, 1, 3],
#         [4, 0, 1]]
# ```
#
# convolve with the cross kernel (1/5 on the cell and its 4 neighbours), same size, and give me \
# 5 times the result in `neighbour_sums`; by hand I get
#
# ```text
# neighbour_sums = [[7, 4, 7],
#                   [9, 6, 5],
#                   [6, 8, 8]]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(neighbour_sums, [[7, 4, 7], [9, 6, 5], [6, 8, 8]])',
#     'np.allclose(grid, [[1, 2, 0], [0, 1, 3], [4, 0, 1]])',
# ]
# difficulty = 'basic'
# tags = ['filtering', 'smoothing']
# ///
import numpy as np
from scipy import signal

grid = np.array([[1, 2, 0], [0, 1, 3], [4, 0, 1]], dtype=float)
kernel = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]]) / 5
# boundary="wrap" continues the grid periodically instead of padding with zeros
smoothed = signal.convolve2d(grid, kernel, mode="same", boundary="wrap")
neighbour_sums = 5 * smoothed
