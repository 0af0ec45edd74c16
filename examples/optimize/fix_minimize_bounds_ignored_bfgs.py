# /// example
# task = """
# Physics limits the decay rate of the data (`x`, `y`) to at most 0.3. This code should fit \
# y = amplitude exp(-rate x) + offset by least squares with 0 <= rate <= 0.3 (amplitude and \
# offset free) and store the result in `res`, but it warns "Method BFGS cannot handle bounds." \
# and returns a rate above 0.3:
#
# ```python
# import numpy as np
# from scipy import optimize
#
#
# def sse(params):
#     amplitude, rate, offset = params
#     return np.sum((amplitude * np.exp(-rate * x) + offset - y) ** 2)
#
#
# res = optimize.minimize(sse, x0=[1.0, 0.1, 0.0], method="BFGS", bounds=[(None, None), (0, 0.3), (None, None)])
# ```
#
# Fix it."""
# prompt = """
# I'm fitting y = amplitude exp(-rate x) + offset to my decay data (`x`, `y`) by minimising the \
# sum of squares, and the rate must stay between 0 and 0.3 for physical reasons (amplitude and \
# offset are free). The result goes in `res`:
#
# ```python
# import numpy as np
# from scipy import optimize
#
#
# def sse(params):
#     amplitude, rate, offset = params
#     return np.sum((amplitude * np.exp(-rate * x) + offset - y) ** 2)
#
#
# res = optimize.minimize(sse, x0=[1.0, 0.1, 0.0], method="BFGS", bounds=[(None, None), (0, 0.3), (None, None)])
# ```
#
# I get a RuntimeWarning "Method BFGS cannot handle bounds." and the fitted rate is above 0.3. \
# What should I change?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'decay.x', y = 'decay.y' }
# checks = [
#     '0 <= res.x[1] <= 0.3 + 1e-9',
#     # as good as a bounded least-squares solve of the same problem
#     '(lambda sse, ref: sse(res.x) <= sse(ref) * (1 + 1e-4) + 1e-10 * np.sum(y**2))(lambda p: np.sum((p[0] * np.exp(-p[1] * x) + p[2] - y) ** 2), scipy.optimize.least_squares(lambda p: p[0] * np.exp(-p[1] * x) + p[2] - y, [np.ptp(y), 0.15, y.min()], bounds=([-np.inf, 0, -np.inf], [np.inf, 0.3, np.inf])).x)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'minimization', 'constrained-optimization', 'curve-fitting']
# edge_cases = true
# ///
import numpy as np
from scipy import optimize


def sse(params):
    amplitude, rate, offset = params
    return np.sum((amplitude * np.exp(-rate * x) + offset - y) ** 2)


# BFGS ignores bounds; L-BFGS-B enforces them
res = optimize.minimize(
    sse, x0=[1.0, 0.1, 0.0], method="L-BFGS-B", bounds=[(None, None), (0, 0.3), (None, None)]
)
