import numpy as np

samples = np.array([1.0, 3.0, 2.0, 4.0])
kernel = np.array([0.5, 1.0, 0.5])
# zero-stuffing: the original samples at even positions, zeros in between
stuffed = np.zeros(2 * len(samples))
stuffed[::2] = samples
filtered = np.convolve(stuffed, kernel)
doubled = filtered[1 : 2 * len(samples)]
