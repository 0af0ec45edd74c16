import numpy as np

a = np.array([1.0, -0.75, 0.125])
# the poles are the roots of a in z; for distinct poles r_i = 1 / prod_{j != i} (1 - p_j / p_i)
p = np.sort(np.roots(a).real)
r = np.array([1.0 / np.prod([1 - other / pole for other in p if other != pole]) for pole in p])
k = np.array([])
h = np.array([np.sum(r * p**n) for n in range(4)])
