import numpy as np
from scipy import ndimage

counts = np.asarray(event_counts, dtype=float)
# same running median, zero padding via mode="constant"
baseline = ndimage.median_filter(counts, size=5, mode="constant", cval=0.0)
excess = counts - baseline
