import numpy as np

taps = np.array([0.1, 0.2, 0.4, 0.2, 0.1])
# the full convolution's first len(x) points are the causal filter output
smoothed = np.convolve(x, taps)[: len(x)]
