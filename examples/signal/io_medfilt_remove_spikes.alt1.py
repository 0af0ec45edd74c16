import numpy as np
from scipy import ndimage

readings = np.array([1, 1, 9, 1, 2, 2, 8, 2, 3])
cleaned = ndimage.median_filter(readings, size=3, mode="constant", cval=0)
