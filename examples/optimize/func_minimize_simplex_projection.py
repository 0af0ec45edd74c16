# /// example
# task = '''
# Write a function `nearest_weights` with the signature and docstring below, and store in
# `portfolio` the valid weights nearest to the analyst's raw scores `[0.5, 0.2, -0.1, 0.6]`.
#
# ```python
# def nearest_weights(target):
#     """Weights closest to `target` that are non-negative and sum to 1.
#
#     Minimises the squared Euclidean distance to `target` subject to the
#     bounds w_i >= 0 and the equality constraint sum(w) = 1 with a
#     constrained optimiser (tolerance 1e-12). Returns a float array of the
#     same length as `target`.
#     """
# ```'''
# prompt = """
# Our analysts give raw portfolio scores that can be negative or not add up to 1. I want \
# `nearest_weights(target)` returning the closest (least squared distance) vector of weights that \
# are all >= 0 and sum to exactly 1, found by constrained minimisation with bounds and an equality \
# constraint (tolerance 1e-12), as a float array of the same length. Apply it to the scores \
# `[0.5, 0.2, -0.1, 0.6]` and store the weights in `portfolio`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # projection onto the simplex: subtract the shift 0.1 and clip at zero
#     'np.allclose(portfolio, [0.4, 0.1, 0.0, 0.5], atol=1e-6)',
#     'np.allclose(nearest_weights([1.0, 1.0]), [0.5, 0.5], atol=1e-6)',
#     'np.allclose(nearest_weights([2.0, 0.0]), [1.0, 0.0], atol=1e-6)',
#     'np.allclose(nearest_weights([0.5, 0.2, -1.0]), [0.65, 0.35, 0.0], atol=1e-6)',
#     # already valid weights come back unchanged
#     'np.allclose(nearest_weights([0.2, 0.3, 0.5]), [0.2, 0.3, 0.5], atol=1e-6)',
#     'np.isclose(np.sum(portfolio), 1.0) and np.all(portfolio >= -1e-9)',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'minimization', 'constrained-optimization']
# ///
import numpy as np
from scipy import optimize


def nearest_weights(target):
    """Weights closest to `target` that are non-negative and sum to 1.

    Minimises the squared Euclidean distance to `target` subject to the
    bounds w_i >= 0 and the equality constraint sum(w) = 1 with a
    constrained optimiser (tolerance 1e-12). Returns a float array of the
    same length as `target`.
    """
    target = np.asarray(target, dtype=float)
    n = len(target)
    sums_to_one = optimize.LinearConstraint(np.ones((1, n)), 1.0, 1.0)
    # SLSQP handles bounds and linear equality constraints together
    result = optimize.minimize(
        lambda w: np.sum((w - target) ** 2),
        np.full(n, 1.0 / n),
        jac=lambda w: 2 * (w - target),
        method="SLSQP",
        bounds=optimize.Bounds(0.0, np.inf),
        constraints=[sums_to_one],
        tol=1e-12,
    )
    return result.x


portfolio = nearest_weights([0.5, 0.2, -0.1, 0.6])
