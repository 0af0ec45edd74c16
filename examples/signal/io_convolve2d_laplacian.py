# /// example
# task = """
# Apply the discrete Laplacian kernel to the 3 x 3 image `patch` with a 2-D convolution that \
# keeps the image size and mirrors the image at its borders (symmetric boundary), and store the \
# result in `laplacian`.
#
# ```text
# patch = [[1, 2, 3],        kernel = [[0,  1, 0],
#          [4, 5, 6],                  [1, -4, 1],
#          [7, 8, 9]]                  [0,  1, 0]]
# ```
#
# Wanted:
#
# ```text
# laplacian = [[ 4,  3,  2],
#              [ 1,  0, -1],
#              [-2, -3, -4]]
# ```"""
# prompt = """
# I'm checking my edge detector on a tiny `patch` with the usual 4-neighbour Laplacian, same-size \
# output and mirrored borders (so edges don't see zeros), into `laplacian`:
#
# ```text
# patch = [[1, 2, 3],        kernel = [[0,  1, 0],
#          [4, 5, 6],                  [1, -4, 1],
#          [7, 8, 9]]                  [0,  1, 0]]
# ```
#
# I expect
#
# ```text
# laplacian = [[ 4,  3,  2],
#              [ 1,  0, -1],
#              [-2, -3, -4]]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(laplacian, [[4, 3, 2], [1, 0, -1], [-2, -3, -4]]) and np.shape(laplacian) == (3, 3)',
#     'np.allclose(patch, [[1, 2, 3], [4, 5, 6], [7, 8, 9]])',
# ]
# difficulty = 'intermediate'
# tags = ['filtering']
# ///
import numpy as np
from scipy import signal

patch = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=float)
kernel = np.array([[0, 1, 0], [1, -4, 1], [0, 1, 0]], dtype=float)
# boundary="symm" mirrors the edge pixels instead of padding with zeros
laplacian = signal.convolve2d(patch, kernel, mode="same", boundary="symm")
