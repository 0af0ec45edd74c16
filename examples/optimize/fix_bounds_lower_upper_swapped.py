# /// example
# task = """
# This code should find the point closest to (2, 8) with x in [0, 10] and y in [0, 5], storing \
# it in `closest`, but it raises an error:
#
# ```python
# import numpy as np
# from scipy import optimize
#
# box = optimize.Bounds([10, 5], [0, 0])
# result = optimize.minimize(lambda v: np.sum((v - [2, 8]) ** 2), x0=[1, 1], method="SLSQP", bounds=box)
# closest = result.x
# ```
#
# ```text
# ValueError: An upper bound is less than the corresponding lower bound.
# ```
#
# Fix it."""
# prompt = """
# I want the point of the box 0 <= x <= 10, 0 <= y <= 5 nearest to (2, 8), in `closest`:
#
# ```python
# import numpy as np
# from scipy import optimize
#
# box = optimize.Bounds([10, 5], [0, 0])
# result = optimize.minimize(lambda v: np.sum((v - [2, 8]) ** 2), x0=[1, 1], method="SLSQP", bounds=box)
# closest = result.x
# ```
#
# ```text
# ValueError: An upper bound is less than the corresponding lower bound.
# ```"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # the projection of (2, 8) onto the box: clip each coordinate
#     'np.allclose(closest, np.clip([2, 8], [0, 0], [10, 5]), atol=1e-6)',
#     'np.all(np.asarray(closest) >= np.array([0, 0]) - 1e-9) and np.all(np.asarray(closest) <= np.array([10, 5]) + 1e-9)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'constrained-optimization', 'minimization']
# ///
import numpy as np
from scipy import optimize

# Bounds(lb, ub): all lower bounds first, then all upper bounds
box = optimize.Bounds([0, 0], [10, 5])
result = optimize.minimize(
    lambda v: np.sum((v - [2, 8]) ** 2), x0=[1, 1], method="SLSQP", bounds=box
)
closest = result.x
