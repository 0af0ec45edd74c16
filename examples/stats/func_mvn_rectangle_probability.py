# /// example
# task = '''
# Write the function `box_probability` below using `scipy.stats.multivariate_normal` and its
# `cdf` with `lower_limit`. Store in `p_example` the probability for mean [0, 0], covariance
# [[1, 0.5], [0.5, 2]] and the box [-1, 1] x [-1, 2], and in `bounds_error` the message
# raised for lower [1, 0] with upper [0, 1].
#
# ```python
# def box_probability(mean, cov, lower, upper):
#     """P(lower <= X <= upper) element-wise for X ~ N(mean, cov).
#
#     Bounds may be -np.inf / np.inf. Raises
#     ValueError("lower must not exceed upper") if any lower bound is
#     above its upper bound.
#     """
# ```'''
# prompt = """
# I need `box_probability(mean, cov, lower, upper)`: the probability that a multivariate normal \
# vector falls inside the box lower <= X <= upper (infinite bounds allowed), using \
# multivariate_normal's cdf with a lower limit rather than inclusion-exclusion by hand. If any \
# lower bound is above its upper bound raise `ValueError("lower must not exceed upper")`. Store \
# the probability for mean [0, 0], cov [[1, 0.5], [0.5, 2]], box [-1, 1] x [-1, 2] in \
# `p_example`, and the error message for lower [1, 0] with upper [0, 1] in `bounds_error`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     # inclusion-exclusion over the four corners of the box
#     'np.isclose(p_example, sum(s * scipy.stats.multivariate_normal([0, 0], [[1, 0.5], [0.5, 2]]).cdf(c) for s, c in [(1, [1, 2]), (-1, [-1, 2]), (-1, [1, -1]), (1, [-1, -1])]), atol=1e-5)',
#     # independent coordinates: a product of one-dimensional probabilities
#     'np.isclose(box_probability([1.0, -2.0, 0.0], np.diag([4.0, 1.0, 0.25]), [0.0, -3.0, -np.inf], [3.0, np.inf, 0.5]), (scipy.stats.norm.cdf(1) - scipy.stats.norm.cdf(-0.5)) * scipy.stats.norm.sf(-1) * scipy.stats.norm.cdf(1), atol=1e-5)',
#     'np.isclose(box_probability([0, 0], np.eye(2), [-np.inf, -np.inf], [np.inf, np.inf]), 1.0, atol=1e-6)',
#     'np.isclose(box_probability([0, 0], [[1, 0.9], [0.9, 1]], [0, 0], [np.inf, np.inf]), 0.25 + np.arcsin(0.9) / (2 * np.pi), atol=1e-5)',
#     'bounds_error == "lower must not exceed upper"',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'probability-distributions', 'validation']
# ///
import numpy as np
from scipy import stats


def box_probability(mean, cov, lower, upper):
    """P(lower <= X <= upper) element-wise for X ~ N(mean, cov).

    Bounds may be -np.inf / np.inf. Raises
    ValueError("lower must not exceed upper") if any lower bound is
    above its upper bound.
    """
    lower = np.asarray(lower, dtype=float)
    upper = np.asarray(upper, dtype=float)
    if np.any(lower > upper):
        raise ValueError("lower must not exceed upper")
    # lower_limit turns the cdf into the probability of the whole box
    return stats.multivariate_normal(mean=mean, cov=cov).cdf(upper, lower_limit=lower)


p_example = box_probability([0, 0], [[1, 0.5], [0.5, 2]], [-1, -1], [1, 2])

try:
    box_probability([0, 0], np.eye(2), [1, 0], [0, 1])
except ValueError as error:
    bounds_error = str(error)
