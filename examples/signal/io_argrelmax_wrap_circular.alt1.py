import numpy as np

counts = np.array([5, 3, 1, 2, 4, 3, 6])
# rolled copies give each sector's circular neighbours
modes = np.flatnonzero((counts > np.roll(counts, 1)) & (counts > np.roll(counts, -1)))
