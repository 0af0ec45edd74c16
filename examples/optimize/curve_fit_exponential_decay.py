# /// example
# task = """
# Fit y = A exp(-k x) + c to the decay data (`x`, `y`) with `curve_fit`, using a starting guess \
# `p0` derived from the data; store the three fitted parameters in `popt`, the covariance in \
# `pcov` and one-sigma uncertainties in `perr`. The true (A, k, c) are `params`."""
# prompt = """
# My decay measurements (`x`, `y`) should follow y = A exp(-k x) + c; the true (A, k, c) are in \
# `params`. Fit the model with curve_fit, starting from a guess `p0` worked out from the data, \
# and give me the three fitted parameters in `popt`, the covariance matrix in `pcov` and the \
# one-sigma uncertainties in `perr`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'decay.x', y = 'decay.y', params = 'decay.params' }
# checks = [
#     'popt.shape == (3,) and pcov.shape == (3, 3)',
#     'np.sum((popt[0] * np.exp(-popt[1] * x) + popt[2] - y)**2) <= np.sum((params[0] * np.exp(-params[1] * x) + params[2] - y)**2) * (1 + 1e-6) + 1e-12 * np.sum(y**2)',
#     # the truth lies within Student's t quantile for a 1e-6 false-alarm rate times the standard errors
#     # (sqrt(dof (1e-6**(-2/dof) - 1)) bounds that quantile from above); on noise-free data, within the solver's tolerance
#     'np.allclose(perr, np.sqrt(np.diag(pcov))) and np.all(np.abs(popt - params) <= math.sqrt((x.size - 3) * (1e-6 ** (-2 / (x.size - 3)) - 1)) * perr + 1e-6 * np.abs(params))',
# ]
# difficulty = 'basic'
# tags = ['curve-fitting', 'parameter-uncertainty']
# edge_cases = true
# ///
import numpy as np
from scipy import optimize


def model(x, amplitude, rate, offset):
    return amplitude * np.exp(-rate * x) + offset


# without p0 curve_fit starts every parameter at 1; here the drop, a rate that decays the curve
# by e**-3 over the data's span and the final level give a start near the answer
p0 = [y[0] - y[-1], 3.0 / np.ptp(x), y[-1]]
popt, pcov = optimize.curve_fit(model, x, y, p0=p0)
perr = np.sqrt(np.diag(pcov))
