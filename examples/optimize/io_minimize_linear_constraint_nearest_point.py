# /// example
# task = """
# Find the point of the half-plane x + 2 y >= 4 nearest to the origin by minimising x^2 + y^2 \
# numerically with SciPy under that linear constraint, starting from (0, 0). Store the point in \
# `point` (a length-2 array) and the squared distance in `sq_dist`; rounded to 4 decimals they \
# print as shown.
#
# ```text
# minimise   x^2 + y^2
# subject to x + 2 y >= 4
# ```
#
# Wanted:
#
# ```text
# point = [0.8, 1.6], sq_dist = 3.2
# ```"""
# prompt = """
# I need the point closest to the origin that satisfies x + 2 y >= 4, found numerically with \
# scipy's minimize from the start (0, 0):
#
# ```text
# minimise   x^2 + y^2
# subject to x + 2 y >= 4
# ```
#
# By projecting onto the line I expect `point` and `sq_dist` to come out as
#
# ```text
# point = [0.8, 1.6], sq_dist = 3.2
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(point, [0.8, 1.6], atol=5e-5)',
#     'np.isclose(sq_dist, 3.2, atol=5e-5)',
#     # the constraint is active at the optimum, not violated
#     'point[0] + 2 * point[1] >= 4 - 1e-6',
# ]
# difficulty = 'intermediate'
# tags = ['minimization', 'constrained-optimization']
# ///
import numpy as np
from scipy.optimize import LinearConstraint, minimize


def squared_norm(v):
    return v @ v


# one row [1, 2] with lower bound 4 and no upper bound encodes x + 2 y >= 4
half_plane = LinearConstraint([[1.0, 2.0]], lb=4.0, ub=np.inf)
result = minimize(squared_norm, x0=np.zeros(2), constraints=[half_plane])
point = result.x
sq_dist = result.fun
