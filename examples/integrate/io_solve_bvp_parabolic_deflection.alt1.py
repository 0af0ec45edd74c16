import numpy as np
from scipy.integrate import solve_bvp

x_mesh = np.linspace(0.0, 1.0, 5)
guess = np.zeros((2, x_mesh.size))
result = solve_bvp(
    lambda x, y: np.array([y[1], np.full_like(x, -2.0)]),
    lambda left, right: np.array([left[0], right[0]]),
    x_mesh,
    guess,
)
# sol is a cubic interpolant of the state, evaluated at any x in the interval
y_values = result.sol(np.array([0.0, 0.25, 0.5, 0.75, 1.0]))[0]
slopes = result.sol(np.array([0.0, 0.5, 1.0]))[1]
converged = result.status == 0
