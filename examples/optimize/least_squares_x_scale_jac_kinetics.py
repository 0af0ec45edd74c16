# /// example
# task = """
# Fit the decay model y = A exp(-k t) to the measurements `y` at times `t` (seconds) with \
# `least_squares`, starting from A = 1000, k = 0.01 /s. The parameters differ by about seven \
# orders of magnitude, so let the solver scale them from the Jacobian (`x_scale="jac"`). Store \
# (A, k) in `params_fit`; it should land within 5% of the true A = 2.0e4 and k = 8.0e-4. The \
# data are built with a NumPy Generator seeded with 0:
#
# ```python
# rng = np.random.default_rng(0)
# t = np.linspace(0, 5000, 40)
# y = 2.0e4 * np.exp(-8.0e-4 * t) * (1 + 0.02 * rng.standard_normal(40))
# ```"""
# prompt = """
# My first-order decay data have amplitude around 2e4 and rate around 1e-3 per second, and the \
# fit struggles with the very different scales. Fit y = A exp(-k t) with least_squares from \
# A = 1000, k = 0.01, letting it scale the variables by the Jacobian (x_scale="jac"), into \
# `params_fit` (it should be within 5% of the true 2.0e4 and 8.0e-4). The data `t`, `y`:
#
# ```python
# rng = np.random.default_rng(0)
# t = np.linspace(0, 5000, 40)
# y = 2.0e4 * np.exp(-8.0e-4 * t) * (1 + 0.02 * rng.standard_normal(40))
# ```"""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(t, np.linspace(0, 5000, 40)) and np.allclose(y, 2.0e4 * np.exp(-8.0e-4 * t) * (1 + 0.02 * np.random.default_rng(0).standard_normal(40)))',
#     # the least-squares optimum: no lower residual sum than a tightly converged reference fit
#     'np.sum((params_fit[0] * np.exp(-params_fit[1] * t) - y) ** 2) <= 2 * scipy.optimize.least_squares(lambda p: p[0] * np.exp(-p[1] * t) - y, [2.0e4, 8.0e-4], x_scale="jac", xtol=1e-15, ftol=1e-15, gtol=1e-15).cost * (1 + 1e-6)',
#     'abs(params_fit[0] / 2.0e4 - 1) < 0.05 and abs(params_fit[1] / 8.0e-4 - 1) < 0.05',
# ]
# difficulty = 'intermediate'
# tags = ['least-squares', 'curve-fitting', 'convergence']
# ///
import numpy as np
from scipy import optimize

rng = np.random.default_rng(0)
t = np.linspace(0, 5000, 40)
y = 2.0e4 * np.exp(-8.0e-4 * t) * (1 + 0.02 * rng.standard_normal(40))


def residuals(params):
    amplitude, rate = params
    return amplitude * np.exp(-rate * t) - y


# x_scale="jac" rescales each variable by its Jacobian column norm, so A and k move on equal terms
fit = optimize.least_squares(residuals, x0=[1000.0, 0.01], x_scale="jac")
params_fit = fit.x
