# /// example
# task = '''
# Write a function `nonneg_polyfit` with the signature and docstring below.
#
# ```python
# def nonneg_polyfit(x, y, degree):
#     """Least-squares polynomial fit of y against x whose coefficients are all
#     >= 0, solved as a bounded linear least-squares problem.
#
#     Returns the coefficients in increasing powers (c0, c1, ..., c_degree)
#     as a float array of length degree + 1. Raises ValueError if there are
#     fewer points than coefficients (len(x) < degree + 1).
#     """
# ```'''
# prompt = """
# Physics tells me all coefficients of my calibration polynomial are non-negative. Please write \
# `nonneg_polyfit(x, y, degree)`: least-squares polynomial fit with every coefficient >= 0 \
# (bounded linear least squares), returning (c0, c1, ..., c_degree) in increasing powers as a \
# float array, and raising ValueError when there are fewer points than coefficients \
# (len(x) < degree + 1)."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # data from 1 + 2 x + 0.5 x^2: the constraint is inactive and the fit is exact
#     'np.allclose(nonneg_polyfit(np.arange(6.0), 1 + 2 * np.arange(6.0) + 0.5 * np.arange(6.0) ** 2, 2), [1, 2, 0.5], atol=1e-8)',
#     # a falling line wants a negative slope: the constrained answer is the NNLS solution on [1, x]
#     'np.allclose(nonneg_polyfit(np.arange(5.0), 4 - np.arange(5.0), 1), scipy.optimize.nnls(np.vander(np.arange(5.0), 2, increasing=True), 4 - np.arange(5.0))[0], atol=1e-8)',
#     # exactly as many points as coefficients is allowed (interpolation)
#     'np.allclose(nonneg_polyfit(np.array([0.0, 1.0, 2.0]), np.array([1.0, 2.0, 5.0]), 2), [1, 0, 1], atol=1e-8)',
#     '__import__("unittest").TestCase().assertRaises(ValueError, nonneg_polyfit, np.array([0.0, 1.0]), np.array([1.0, 2.0]), 2) is None',
#     'np.all(nonneg_polyfit(np.linspace(-1, 1, 20), np.sin(3 * np.linspace(-1, 1, 20)), 3) >= 0)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'least-squares', 'constrained-optimization', 'validation']
# ///
import numpy as np
from scipy import optimize


def nonneg_polyfit(x, y, degree):
    """Least-squares polynomial fit of y against x whose coefficients are all
    >= 0, solved as a bounded linear least-squares problem.

    Returns the coefficients in increasing powers (c0, c1, ..., c_degree)
    as a float array of length degree + 1. Raises ValueError if there are
    fewer points than coefficients (len(x) < degree + 1).
    """
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if len(x) < degree + 1:
        raise ValueError(f"{len(x)} points cannot determine {degree + 1} coefficients")
    # columns 1, x, x^2, ...: the coefficients come out in increasing powers
    design = np.vander(x, degree + 1, increasing=True)
    result = optimize.lsq_linear(design, y, bounds=(0, np.inf), tol=1e-12)
    return result.x
