import numpy as np
import scipy.stats as ss

u = np.sort(np.asarray(a, dtype=float))
v = np.sort(np.asarray(b, dtype=float))

# W1 = integral of |F_u - F_v| over the merged support, with both ECDFs as step functions
support = np.sort(np.concatenate([u, v]))
cdf_u = np.searchsorted(u, support[:-1], side="right") / u.size
cdf_v = np.searchsorted(v, support[:-1], side="right") / v.size
w_distance = np.sum(np.abs(cdf_u - cdf_v) * np.diff(support))
e_distance = ss.energy_distance(u, v)
