# /// example
# # LSODA detects stiffness and switches from Adams to BDF on its own
# task = """
# Solve y' = -lam * (y - cos t) - sin t, y(0) = 1 on t in [0, 5] with lam = 1000 (stiff: the \
# exact solution is cos t for any lam) using `solve_ivp` with `method="LSODA"`, rtol=1e-6 and \
# atol=1e-9; store the result in `sol` and the largest absolute error against cos t in \
# `max_error`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'sol.success and sol.t[-1] == 5',
#     'max_error < 1e-4',
#     # explicit methods need tiny steps for stability once lam is large; implicit ones do not
#     'sol.nfev < 2000',
# ]
# difficulty = 'intermediate'
# tags = ['ode', 'stiff', 'parameter-tuning']
# family = 'integrate.solve_ivp_stiffness'
# ///
import numpy as np
from scipy import integrate

lam = 1000
sol = integrate.solve_ivp(
    lambda t, y: -lam * (y - np.cos(t)) - np.sin(t),
    (0, 5),
    [1.0],
    method="LSODA",
    rtol=1e-6,
    atol=1e-9,
)
max_error = np.max(np.abs(sol.y[0] - np.cos(sol.t)))
