# /// example
# task = """
# Fit the Gaussian peak y = a exp(-(x - mu)**2 / (2 s**2)) to (`x`, `y`) with `least_squares`, \
# robustly: use the Cauchy loss with a residual scale `f_scale` of 0.1 and start from \
# (a, mu, s) = (1, 4, 1). Store the fitted (a, mu, s) in `params_fit` and the robust cost the \
# solver reports (half the summed loss) in `robust_cost`."""
# prompt = """
# My peak data (`x`, `y`) have a few wild points, so I want a Gaussian fit \
# y = a exp(-(x - mu)^2 / (2 s^2)) that down-weights them: least squares with a Cauchy loss, \
# residual scale 0.1, starting at a = 1, mu = 4, s = 1. Give me the parameters in `params_fit` and \
# the final robust cost in `robust_cost`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'peak.x', y = 'peak.y' }
# checks = [
#     # the cost is 0.5 * sum(f_scale**2 * log1p((r / f_scale)**2)) at the reported parameters
#     'np.isclose(robust_cost, 0.5 * np.sum(0.01 * np.log1p(((params_fit[0] * np.exp(-((x - params_fit[1]) ** 2) / (2 * params_fit[2] ** 2)) - y) / 0.1) ** 2)), rtol=1e-6, atol=1e-12)',
#     # at least as low as the reference robust fit reaches (any solver is fine)
#     'robust_cost <= scipy.optimize.least_squares(lambda p: p[0] * np.exp(-((x - p[1]) ** 2) / (2 * p[2] ** 2)) - y, [1, 4, 1], loss="cauchy", f_scale=0.1).cost * (1 + 1e-6) + 1e-12',
# ]
# difficulty = 'intermediate'
# tags = ['least-squares', 'robust-statistics', 'curve-fitting']
# ///
import numpy as np
from scipy import optimize


def residuals(params, x, y):
    amplitude, centre, width = params
    return amplitude * np.exp(-((x - centre) ** 2) / (2 * width**2)) - y


# the Cauchy loss grows only logarithmically for residuals much larger than f_scale
fit = optimize.least_squares(residuals, x0=[1.0, 4.0, 1.0], args=(x, y), loss="cauchy", f_scale=0.1)
params_fit = fit.x
robust_cost = fit.cost
