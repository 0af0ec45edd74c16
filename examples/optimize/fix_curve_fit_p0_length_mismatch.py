# /// example
# task = """
# This code should fit y = a exp(-k x) + c to (`x`, `y`) starting from a = 5, k = 0.5 and c = 0, \
# storing the fitted (a, k, c) in `popt`, but it raises an error:
#
# ```python
# import numpy as np
# from scipy import optimize
#
#
# def model(x, a, k, c):
#     return a * np.exp(-k * x) + c
#
#
# popt, pcov = optimize.curve_fit(model, x, y, p0=[5, 0.5])
# ```
#
# ```text
# TypeError: model() missing 1 required positional argument: 'c'
# ```
#
# Fix it."""
# prompt = """
# Fitting an offset exponential decay y = a exp(-k x) + c to `x`, `y` with the start a = 5, \
# k = 0.5, c = 0, result in `popt`:
#
# ```python
# import numpy as np
# from scipy import optimize
#
#
# def model(x, a, k, c):
#     return a * np.exp(-k * x) + c
#
#
# popt, pcov = optimize.curve_fit(model, x, y, p0=[5, 0.5])
# ```
#
# ```text
# TypeError: model() missing 1 required positional argument: 'c'
# ```
#
# Why is `c` missing when it is in my function?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'decay.x', y = 'decay.y' }
# checks = [
#     'np.ndim(popt) == 1 and np.all(np.isfinite(popt))',
#     # as good a fit as the reference from the same start, whichever solver found it
#     'np.sum((popt[0] * np.exp(-popt[1] * x) + popt[2] - y) ** 2) <= np.sum((lambda p: p[0] * np.exp(-p[1] * x) + p[2] - y)(scipy.optimize.curve_fit(lambda x, a, k, c: a * np.exp(-k * x) + c, x, y, p0=[5, 0.5, 0])[0]) ** 2) * (1 + 1e-6) + 1e-12 * np.sum(y**2)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'curve-fitting']
# edge_cases = true
# ///
import numpy as np
from scipy import optimize


def model(x, a, k, c):
    return a * np.exp(-k * x) + c


# curve_fit takes the number of parameters from p0: it needs one start value per parameter
popt, pcov = optimize.curve_fit(model, x, y, p0=[5, 0.5, 0])
