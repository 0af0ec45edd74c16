# /// example
# task = """
# The data `y` sampled at times `x` follow y' = -k (y - c) with true parameters `params` = (A, k, \
# c) and y(x[0]) = A exp(-k x[0]) + c. Simulate that ODE with `solve_ivp` from x[0] to x[-1], \
# reporting the solution at the sample times via `t_eval=x`; store the result object in `sol` and \
# the simulated curve in `model`."""
# prompt = """
# My data `y` at times `x` should follow y' = -k (y - c), with the true parameters in `params` = \
# (A, k, c) and starting value y(x[0]) = A exp(-k x[0]) + c. Simulate that ODE with solve_ivp \
# from x[0] to x[-1], with tight tolerances (around rtol=1e-8) and reporting the solution exactly \
# at the sample times `x`, and store the result object in `sol` and the simulated curve in \
# `model`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = { x = 'decay.x', y = 'decay.y', params = 'decay.params' }
# checks = [
#     'sol.success and np.array_equal(sol.t, x)',
#     'np.allclose(model, params[0] * np.exp(-params[1] * x) + params[2], rtol=1e-6)',
#     'np.sqrt(np.mean((model - y) ** 2)) < 0.5 * np.std(y)',
# ]
# difficulty = 'basic'
# tags = ['ode', 'initial-value-problem']
# edge_cases = true
# ///
import numpy as np
from scipy import integrate

amplitude, k, offset = params
y0 = amplitude * np.exp(-k * x[0]) + offset
# t_eval=x reports the solution at the sample times; the solver still picks its own steps
# and interpolates between them
sol = integrate.solve_ivp(
    lambda t, y: -k * (y - offset), (x[0], x[-1]), [y0], t_eval=x, rtol=1e-8, atol=1e-10
)
model = sol.y[0]
