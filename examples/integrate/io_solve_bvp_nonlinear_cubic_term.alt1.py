import numpy as np
from scipy import integrate

x = np.linspace(0, 1, 11)
y0 = np.array([1 - x / 2, -0.5 * np.ones(11)])
# without a Jacobian solve_bvp estimates it by finite differences
bvp = integrate.solve_bvp(
    lambda s, u: np.array([u[1], 2 * u[0] ** 3]),
    lambda ua, ub: np.array([ua[0] - 1, ub[0] - 0.5]),
    x,
    y0,
    tol=1e-8,
)
y_mid = float(bvp.sol(0.5)[0])
slopes = np.array([bvp.sol(0.0)[1], bvp.sol(1.0)[1]])
converged = bvp.status == 0
