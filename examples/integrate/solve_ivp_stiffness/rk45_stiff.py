# /// example
# task = """
# Solve y' = -lam * (y - cos t) - sin t, y(0) = 1 on t in [0, 5] with lam = 1000 (stiff: the \
# exact solution is cos t for any lam) using `solve_ivp` with `method="RK45"`, rtol=1e-6 and \
# atol=1e-9; store the result in `sol` and the largest absolute error against cos t in \
# `max_error`."""
# prompt = """
# I want to see what happens when an explicit solver meets a stiff problem: solve y' = -lam * (y \
# - cos t) - sin t, y(0) = 1 on t in [0, 5] with lam = 1000 (exact solution cos t) using \
# solve_ivp with the explicit RK45 method anyway, rtol=1e-6 and atol=1e-9. Store the result in \
# `sol` and the largest absolute error against cos t in `max_error`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'sol.success and sol.t[-1] == 5',
#     'max_error < 1e-4',
#     'np.isclose(max_error, np.max(np.abs(sol.y[0] - np.cos(sol.t))))',
#     # RK45 takes its own number of steps at these tolerances: RK23 needs more, DOP853 fewer
#     "all(abs(sol.t.size - r.t.size) <= 0.05 * r.t.size and abs(sol.nfev - r.nfev) <= 0.05 * r.nfev for r in [scipy.integrate.solve_ivp(lambda t, y: -1000 * (y - np.cos(t)) - np.sin(t), (0, 5), [1.0], method='RK45', rtol=1e-6, atol=1e-9)])",
#     # explicit methods need tiny steps for stability once lam is large; implicit ones do not
#     'sol.nfev > 5000',
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
    # RK45 is explicit: stability keeps its steps below about 3.3 / lam, so it needs some 1800
    # of them although the solution cos t is smooth
    method="RK45",
    rtol=1e-6,
    atol=1e-9,
)
max_error = np.max(np.abs(sol.y[0] - np.cos(sol.t)))
