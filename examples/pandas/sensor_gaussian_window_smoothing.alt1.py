import numpy as np

offsets = np.arange(-3, 4)
weights = np.exp(-(offsets**2) / (2 * 2.0**2))
weights /= weights.sum()
smooth = sensor.rolling(7, center=True).apply(lambda window: np.dot(window, weights), raw=True)
