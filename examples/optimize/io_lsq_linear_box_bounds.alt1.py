import numpy as np
from scipy import optimize

A = np.array([[1, 0], [0, 1], [1, 1]], dtype=float)
b = np.array([2.0, 0.5, 2.0])
# bounded-variable least squares: an active-set method that ends exactly on the active bounds
fit = optimize.lsq_linear(A, b, bounds=([0, 0], [1, 1]), method="bvls")
x = fit.x
residual_norm = float(np.sqrt(2 * fit.cost))
