# /// example
# task = """
# Try to integrate y' = y**2, y(0) = 1 on t in [0, 2] with `solve_ivp`; the solution 1/(1 - t) \
# blows up at t = 1, so the solver fails. Check `sol.success` instead of assuming it worked: \
# store the solver's message in `failure_message` (None on success) and the last time reached in \
# `t_reached`."""
# prompt = """
# I'm integrating y' = y**2, y(0) = 1 on t in [0, 2] with solve_ivp, but the exact solution 1/(1 \
# - t) blows up at t = 1, so the solver fails. Keep the result in `sol` and check its success \
# flag instead of assuming it worked: store the solver's message in `failure_message` (None if it \
# succeeded) and the last time it reached in `t_reached`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate']
# inputs = {}
# checks = [
#     'not sol.success and sol.status == -1',
#     'isinstance(failure_message, str) and len(failure_message) > 0',
#     'abs(t_reached - 1.0) < 1e-2',
# ]
# difficulty = 'intermediate'
# tags = ['ode', 'error-handling', 'singularity']
# ///
from scipy import integrate

sol = integrate.solve_ivp(lambda t, y: y**2, (0, 2), [1.0])
failure_message = None if sol.success else sol.message
# sol.t holds the steps that were completed before the failure
t_reached = sol.t[-1]
