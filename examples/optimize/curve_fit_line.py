# /// example
# task = """
# Fit a straight line y = m x + c to (`x`, `y`) with `curve_fit`; store the slope and intercept \
# in `slope` and `intercept` and their two standard errors in `perr`. The true (m, c) are \
# `params`."""
# prompt = """
# Fit a straight line y = m x + c to my points (`x`, `y`) using curve_fit (the true (m, c) are in \
# `params`). Store the slope in `slope`, the intercept in `intercept`, and their two standard \
# errors, from the usual least-squares covariance scaled by the residuals, in `perr`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'line.x', y = 'line.y', params = 'line.params' }
# checks = [
#     # the least-squares line, up to the solver's tolerance relative to the larger coefficient
#     'np.allclose([slope, intercept], np.polyfit(x, y, 1), rtol=0, atol=1e-6 * np.abs(np.polyfit(x, y, 1)).max())',
#     # the standard errors of ordinary least squares (residual variance with n - 2 degrees of freedom)
#     'perr.shape == (2,) and np.allclose(perr, np.sqrt(np.diag(np.polyfit(x, y, 1, cov=True)[1])), rtol=1e-4, atol=1e-12 * np.abs(params).max())',
#     # the truth lies within Student's t quantile for a 1e-6 false-alarm rate times the standard errors
#     # (sqrt(dof (1e-6**(-2/dof) - 1)) bounds that quantile from above); on an exact line, within rounding
#     'np.all(np.abs(np.array([slope, intercept]) - params) <= math.sqrt((x.size - 2) * (1e-6 ** (-2 / (x.size - 2)) - 1)) * perr + 1e-9 * np.abs(params))',
# ]
# difficulty = 'basic'
# tags = ['curve-fitting', 'regression', 'linear-model']
# edge_cases = true
# ///
import numpy as np
from scipy import optimize

popt, pcov = optimize.curve_fit(lambda x, m, c: m * x + c, x, y)
slope, intercept = popt
# without sigma, pcov is scaled by the residual variance, so these are the usual OLS standard
# errors
perr = np.sqrt(np.diag(pcov))
