# /// example
# task = """
# Fit the logistic curve y = top / (1 + exp(-rate (x - mid))) to (`x`, `y`) with `curve_fit` from \
# the start (top, rate, mid) = (8, 1, 4), asking for the full solver output. Store the fitted \
# parameters in `popt`, the residuals at the solution (model minus data, from the solver's info \
# dictionary) in `residuals`, the number of function evaluations in `n_evaluations`, and raise a \
# RuntimeError if the solver's flag `ier` is not one of 1, 2, 3, 4."""
# prompt = """
# I fit a logistic growth curve top / (1 + exp(-rate (x - mid))) to `x`, `y` with curve_fit \
# (start at top 8, rate 1, mid 4) and want the extra diagnostics: parameters in `popt`, the \
# residuals (model minus data) the solver returns in `residuals`, how many function evaluations \
# it took in `n_evaluations`, and an error (RuntimeError) if its `ier` flag is not 1, 2, 3 or 4."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'growth.x', y = 'growth.y' }
# checks = [
#     'np.allclose(residuals, popt[0] / (1 + np.exp(-popt[1] * (x - popt[2]))) - y, atol=1e-9 * (1 + np.abs(y).max()))',
#     'np.sum(np.square(residuals)) <= np.sum((lambda p: p[0] / (1 + np.exp(-p[1] * (x - p[2]))) - y)(scipy.optimize.curve_fit(lambda x, top, rate, mid: top / (1 + np.exp(-rate * (x - mid))), x, y, p0=[8, 1, 4])[0]) ** 2) * (1 + 1e-6) + 1e-12 * np.sum(y**2)',
#     'isinstance(n_evaluations, (int, np.integer)) and n_evaluations > 0',
# ]
# difficulty = 'intermediate'
# tags = ['curve-fitting', 'convergence', 'error-handling']
# edge_cases = true
# ///
import numpy as np
from scipy import optimize


def logistic(x, top, rate, mid):
    return top / (1 + np.exp(-rate * (x - mid)))


# full_output=True adds the MINPACK info dictionary, message and flag to the usual (popt, pcov)
popt, pcov, info, message, ier = optimize.curve_fit(logistic, x, y, p0=[8, 1, 4], full_output=True)
if ier not in (1, 2, 3, 4):
    raise RuntimeError(f"curve_fit did not converge: {message}")
residuals = info["fvec"]
n_evaluations = info["nfev"]
