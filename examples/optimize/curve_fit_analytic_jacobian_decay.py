# /// example
# task = """
# Fit y = a exp(-k x) + c to (`x`, `y`) with `curve_fit`, starting from (a, k, c) = (1, 1, 0) and \
# supplying the analytic Jacobian of the model with respect to (a, k, c) instead of finite \
# differences. Store the fitted parameters in `popt` and their standard errors in `perr`."""
# prompt = """
# I know the derivatives of my decay model y = a exp(-k x) + c, so I'd like curve_fit to use them \
# (the Jacobian with respect to a, k and c) rather than finite differences. Fit it to `x`, `y` \
# from the start a = 1, k = 1, c = 0, and give me the parameters in `popt` and their standard \
# errors in `perr`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'decay.x', y = 'decay.y' }
# checks = [
#     'np.sum((popt[0] * np.exp(-popt[1] * x) + popt[2] - y) ** 2) <= np.sum((lambda p: p[0] * np.exp(-p[1] * x) + p[2] - y)(scipy.optimize.curve_fit(lambda x, a, k, c: a * np.exp(-k * x) + c, x, y, p0=[1, 1, 0])[0]) ** 2) * (1 + 1e-6) + 1e-12 * np.sum(y**2)',
#     # standard errors from the residual variance and the Jacobian at the fit: sqrt(diag(s^2 (J^T J)^-1))
#     'np.allclose(perr, np.sqrt(np.diag(np.sum((popt[0] * np.exp(-popt[1] * x) + popt[2] - y) ** 2) / (len(x) - 3) * np.linalg.pinv((lambda J: J.T @ J)(np.column_stack([np.exp(-popt[1] * x), -popt[0] * x * np.exp(-popt[1] * x), np.ones_like(x)]))))), rtol=1e-3, atol=1e-10 * (1 + np.abs(popt).max()))',
# ]
# difficulty = 'intermediate'
# tags = ['curve-fitting', 'derivatives', 'parameter-uncertainty']
# [edge_cases]
# min_size = 10
# why = 'standard errors of 3 parameters need several residual degrees of freedom'
# ///
import numpy as np
from scipy import optimize


def model(x, a, k, c):
    return a * np.exp(-k * x) + c


def model_jacobian(x, a, k, c):
    decay = np.exp(-k * x)
    # columns: d/da, d/dk, d/dc
    return np.column_stack([decay, -a * x * decay, np.ones_like(x)])


popt, pcov = optimize.curve_fit(model, x, y, p0=[1.0, 1.0, 0.0], jac=model_jacobian)
perr = np.sqrt(np.diag(pcov))
