import numpy as np

x = np.array([1, 2, 4, 7, 11])
kernel = np.array([1, -1])
# np.convolve takes the same three modes: len(x) + 1, len(x) and len(x) - 1 samples here
full, same, valid = (np.convolve(x, kernel, mode=mode) for mode in ("full", "same", "valid"))
