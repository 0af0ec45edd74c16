# /// example
# task = """
# Estimate the rate k, asymptote c and initial value y0 of the model y' = -k (y - c) from the \
# decay data (`x`, `y`): for each trial parameter vector simulate the ODE with \
# `scipy.integrate.solve_ivp` at the sample times and let `optimize.least_squares` (with bounds \
# k >= 0) minimise the residuals; store the three fitted parameters (y0, k, c) in `fitted`. The \
# data's true parameters are `params` = (A, k, c) with y0 = A exp(-k x[0]) + c. Store the solver \
# result in `res`."""
# prompt = """
# From my decay data (`x`, `y`) I want to estimate the initial value y0, rate k and asymptote c \
# of the ODE y' = -k (y - c). For each trial parameter vector, simulate the ODE with solve_ivp at \
# the sample times (tight tolerances), and let scipy's least_squares minimise the residuals with \
# k >= 0. Store the solver result in `res` and the three fitted parameters (y0, k, c) in \
# `fitted`; the true values are `params` = (A, k, c) with y0 = A exp(-k x[0]) + c."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'scipy.integrate', 'numpy']
# inputs = { x = 'decay.x', y = 'decay.y', params = 'decay.params' }
# checks = [
#     'res.success and fitted.shape == (3,) and fitted[1] >= 0',
#     # the closed-form solution of the ODE is (y0 - c) exp(-k (x - x[0])) + c
#     'np.sum(((fitted[0] - fitted[2]) * np.exp(-fitted[1] * (x - x[0])) + fitted[2] - y)**2) <= np.sum((params[0] * np.exp(-params[1] * x) + params[2] - y)**2) * (1 + 1e-5) + 1e-12 * np.sum(y**2)',
#     'np.allclose(res.fun, ((fitted[0] - fitted[2]) * np.exp(-fitted[1] * (x - x[0])) + fitted[2]) - y, atol=1e-5 * np.std(y))',
# ]
# difficulty = 'advanced'
# tags = ['least-squares', 'ode', 'curve-fitting']
# edge_cases = true
# ///
import numpy as np
from scipy import integrate, optimize


def simulate(theta):
    y0, k, c = theta
    sol = integrate.solve_ivp(lambda t, u: -k * (u - c), (x[0], x[-1]), [y0], t_eval=x, rtol=1e-8)
    return sol.y[0]


start = [y[0], 1.0 / np.ptp(x), y[-1]]
# the lower bound 0 on k keeps the decay physical; the scalar np.inf is the upper bound of
# all three parameters
res = optimize.least_squares(
    lambda theta: simulate(theta) - y, start, bounds=([-np.inf, 0, -np.inf], np.inf)
)
fitted = res.x
