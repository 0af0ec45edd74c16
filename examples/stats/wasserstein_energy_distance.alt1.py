import numpy as np
from scipy.stats import energy_distance, wasserstein_distance

u = np.asarray(a, dtype=float)
v = np.asarray(b, dtype=float)
w_distance = wasserstein_distance(u, v)
e_distance = energy_distance(u, v)
