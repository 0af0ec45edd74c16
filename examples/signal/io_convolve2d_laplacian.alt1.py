import numpy as np
from scipy import ndimage

patch = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=float)
kernel = np.array([[0, 1, 0], [1, -4, 1], [0, 1, 0]], dtype=float)
# ndimage's "reflect" mode repeats the edge pixel, like convolve2d's "symm"
laplacian = ndimage.convolve(patch, kernel, mode="reflect")
