import numpy as np
from scipy import ndimage

readings = np.array([3, 1, 4, 1, 5, 9, 2, 6, 5], dtype=float)
# rank=-1 picks the largest value of each window; mode="constant" pads with cval=0 at the ends
running_max = ndimage.rank_filter(readings, rank=-1, size=3, mode="constant", cval=0.0)
