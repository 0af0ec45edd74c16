# /// example
# task = """
# Fit y = A exp(-k x) + c to the decay data (`x`, `y`) with `least_squares`, supplying the \
# analytic Jacobian and bounds A, k >= 0; estimate the 3 x 3 parameter covariance `cov` from the \
# returned Jacobian (s**2 (J^T J)^-1 with s**2 = residual sum of squares / dof) and the standard \
# errors `stderr`; store the solver result in `res`. The true (A, k, c) are `params`."""
# prompt = """
# Fit y = A exp(-k x) + c to the decay data (`x`, `y`) with scipy's least_squares, giving it the \
# analytic Jacobian and bounds A >= 0, k >= 0; keep the result in `res` (the true (A, k, c) are \
# `params`). Then estimate the 3 x 3 parameter covariance `cov` from the returned Jacobian as \
# s**2 (J^T J)^-1, with s**2 the residual sum of squares divided by the degrees of freedom (n - \
# 3), and the standard errors `stderr`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'decay.x', y = 'decay.y', params = 'decay.params' }
# checks = [
#     # noise-free data fit exactly: the standard errors are then zero
#     'res.success and cov.shape == (3, 3) and np.all(stderr >= 0)',
#     # the standard errors of the task's formula: residual variance with n - 3 degrees of freedom, and
#     # res.cost is half the residual sum of squares
#     'np.allclose(stderr, np.sqrt(2 * res.cost / (x.size - 3) * np.diag(np.linalg.inv(res.jac.T @ res.jac))), rtol=1e-6)',
#     # a least-squares optimum fits the data at least as well as the true parameters do (up to rounding:
#     # on noise-free edge-case data both misfits are about zero, the truth's exactly 0.0)
#     '2 * res.cost <= np.sum((params[0] * np.exp(-params[1] * x) + params[2] - y)**2) * (1 + 1e-6) + 1e-12 * np.sum(y**2)',
#     # the truth lies within Student's t quantile for a 1e-6 false-alarm rate times the standard errors
#     # (sqrt(dof (1e-6**(-2/dof) - 1)) bounds that quantile from above); on noise-free data, within the solver's tolerance
#     'np.all(np.abs(res.x - params) <= math.sqrt((x.size - 3) * (1e-6 ** (-2 / (x.size - 3)) - 1)) * stderr + 1e-6 * np.abs(params))',
# ]
# difficulty = 'advanced'
# tags = ['least-squares', 'parameter-uncertainty']
# edge_cases = true
# ///
import numpy as np
from scipy import optimize


def residuals(p):
    return p[0] * np.exp(-p[1] * x) + p[2] - y


def jacobian(p):
    e = np.exp(-p[1] * x)
    return np.column_stack([e, -p[0] * x * e, np.ones_like(x)])


p0 = [y[0] - y[-1], 3.0 / np.ptp(x), y[-1]]
res = optimize.least_squares(residuals, p0, jac=jacobian, bounds=([0, 0, -np.inf], np.inf))
dof = x.size - res.x.size
s2 = 2 * res.cost / dof  # res.cost is half the residual sum of squares
cov = s2 * np.linalg.inv(res.jac.T @ res.jac)
stderr = np.sqrt(np.diag(cov))
