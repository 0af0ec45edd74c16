# /// example
# task = """
# Solve y' = -lam * (y - cos t) - sin t, y(0) = 1 on t in [0, 5] with lam = 1000 (stiff: the \
# exact solution is cos t for any lam) using `solve_ivp` with `method="Radau"`, rtol=1e-6 and \
# atol=1e-9; store the result in `sol` and the largest absolute error against cos t in \
# `max_error`."""
# prompt = """
# The equation y' = -lam * (y - cos t) - sin t with y(0) = 1 and lam = 1000 is stiff on [0, 5]; \
# its exact solution is cos t. Use solve_ivp with the implicit Radau method, rtol=1e-6 and \
# atol=1e-9, and save the result in `sol` and the largest absolute deviation from cos t in \
# `max_error`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'sol.success and sol.t[-1] == 5',
#     'max_error < 1e-4',
#     'np.isclose(max_error, np.max(np.abs(sol.y[0] - np.cos(sol.t))))',
#     # explicit methods need tiny steps for stability once lam is large; implicit ones do not
#     'sol.nfev < 2000',
# ]
# difficulty = 'intermediate'
# tags = ['ode', 'stiffness', 'parameter-choice']
# family = 'integrate.solve_ivp_stiffness'
# ///
import numpy as np
from scipy import integrate

lam = 1000
sol = integrate.solve_ivp(
    lambda t, y: -lam * (y - np.cos(t)) - np.sin(t),
    (0, 5),
    [1.0],
    # Radau is implicit: its step size follows the smooth solution cos t, not a stability limit
    # set by lam
    method="Radau",
    rtol=1e-6,
    atol=1e-9,
)
max_error = np.max(np.abs(sol.y[0] - np.cos(sol.t)))
