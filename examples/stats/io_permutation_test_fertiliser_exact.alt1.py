from itertools import combinations

import numpy as np

new = [12, 15, 14, 18]
old = [9, 11, 10, 13]

pooled = np.array(new + old, dtype=float)
mean_gain = np.mean(new) - np.mean(old)

# every choice of 4 plots for the "new" group, the observed one included
gains = []
for chosen in combinations(range(len(pooled)), len(new)):
    mask = np.zeros(len(pooled), dtype=bool)
    mask[list(chosen)] = True
    gains.append(pooled[mask].mean() - pooled[~mask].mean())
gains = np.array(gains)
n_splits = len(gains)
p_value = np.mean(gains >= mean_gain - 1e-12)
