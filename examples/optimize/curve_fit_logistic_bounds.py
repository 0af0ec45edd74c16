# /// example
# task = """
# Fit the logistic growth model K / (1 + exp(-r (x - x0))) to the growth data (`x`, `y`) with \
# `curve_fit`, constraining K >= 0, r >= 0 and x0 within the observed x range through `bounds=`; \
# store the fitted parameters in `popt` and their uncertainties in `perr`. The true (K, r, x0) \
# are `params`."""
# prompt = """
# I want to fit a logistic growth curve K / (1 + exp(-r (x - x0))) to the data (`x`, `y`) with \
# curve_fit, keeping K >= 0, r >= 0 and the midpoint x0 inside the observed x range via parameter \
# bounds. Store the fitted parameters in `popt` and their standard uncertainties in `perr`; the \
# true (K, r, x0) are in `params`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'growth.x', y = 'growth.y', params = 'growth.params' }
# checks = [
#     'np.all(popt >= [0, 0, x.min()]) and popt[2] <= x.max()',
#     # a least-squares optimum fits at least as well as the truth (up to the solver's tolerance: on noise-free
#     # data with the midpoint on its bound the truth's misfit is 0.0 and the solver's about 1e-11 of the data's)
#     'np.sum((popt[0] / (1 + np.exp(-popt[1] * (x - popt[2]))) - y)**2) <= np.sum((params[0] / (1 + np.exp(-params[1] * (x - params[2]))) - y)**2) * (1 + 1e-6) + 1e-9 * np.sum(y**2)',
#     # the truth lies within Student's t quantile for a 1e-6 false-alarm rate times the standard errors
#     # (sqrt(dof (1e-6**(-2/dof) - 1)) bounds that quantile from above); on noise-free data, within the solver's
#     # tolerance, which is about 1e-5 when the midpoint sits on its bound
#     'np.all(perr >= 0) and np.all(np.abs(popt - params) <= math.sqrt((x.size - 3) * (1e-6 ** (-2 / (x.size - 3)) - 1)) * perr + 1e-4 * np.abs(params))',
# ]
# difficulty = 'intermediate'
# tags = ['curve-fitting', 'constrained-optimization']
# [edge_cases]
# min_size = 13
# why = 'a logistic fit needs samples on the rise: 13 or more over the range keep the spacing within 2 / rate for the steepest curve the kind draws (rate 2.4)'
# ///
import numpy as np
from scipy import optimize


def logistic(x, capacity, rate, midpoint):
    return capacity / (1 + np.exp(-rate * (x - midpoint)))


lower = [0.0, 0.0, x.min()]
upper = [np.inf, np.inf, x.max()]
p0 = [y.max(), 1.0, np.median(x)]
# bounds switch curve_fit from Levenberg-Marquardt to the 'trf' method; p0 must lie inside them
popt, pcov = optimize.curve_fit(logistic, x, y, p0=p0, bounds=(lower, upper))
perr = np.sqrt(np.diag(pcov))
