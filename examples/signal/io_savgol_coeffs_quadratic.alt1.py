import numpy as np

offsets = np.arange(-2, 3)
# least-squares quadratic fit: the smoothed centre value is the first row of the pseudo-inverse
design = np.vander(offsets, 3, increasing=True)
weights = np.linalg.pinv(design)[0]
scaled = weights * 35
