import numpy as np

order = 3
k = np.arange(1, order + 1)
# Butterworth poles: equally spaced on the unit circle, left half-plane only
poles = np.exp(1j * np.pi * (2 * k + order - 1) / (2 * order))
zeros = np.array([])
gain = 1.0
