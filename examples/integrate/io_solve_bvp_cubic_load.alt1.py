import numpy as np
from scipy import integrate

nodes = np.linspace(0, 1, 11)
res = integrate.solve_bvp(
    lambda x, u: np.array([u[1], 6 * x]),
    lambda left, right: np.array([left[0], right[0] - 1]),
    nodes,
    np.zeros((2, 11)),
    tol=1e-8,
)
values = res.sol(np.array([0.0, 0.5, 1.0]))
y_mid = values[0, 1]
slopes = values[1, [0, 2]]
converged = bool(res.success)
