# /// example
# task = '''
# Write a function `sphere_mean` with the signature and docstring below, using SciPy's Lebedev
# quadrature on the sphere.
#
# ```python
# def sphere_mean(f, order=15):
#     """Mean of f(x, y, z) over the unit sphere.
#
#     f takes three coordinate arrays and returns an array of values.
#     Uses the Lebedev rule of the given order (exact for polynomials of
#     degree up to order); the mean is the weighted sum divided by the
#     sphere's area. Returns a float.
#     """
# ```'''
# prompt = """
# I need `sphere_mean(f, order=15)`: the average of a function f(x, y, z) over the unit sphere, \
# with f taking three coordinate arrays. Use a Lebedev quadrature rule of the given order from \
# scipy (exact up to polynomial degree `order`), and return the weighted sum divided by the \
# sphere's area as a float."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(sphere_mean(lambda x, y, z: np.ones_like(x)), 1.0)',
#     'np.isclose(sphere_mean(lambda x, y, z: z**2), 1 / 3)',
#     # anisotropic moments tell the coordinates apart from the weights
#     'np.isclose(sphere_mean(lambda x, y, z: x**2 * y**2), 1 / 15)',
#     'np.isclose(sphere_mean(lambda x, y, z: x**4, order=5), 1 / 5)',
#     # order 3 is the six-point rule on the axes: too low for x^4, so the order must be passed on
#     'np.isclose(sphere_mean(lambda x, y, z: x**4, order=3), 1 / 3)',
#     # the mean of exp(x) over the sphere is sinh(1)
#     'np.isclose(sphere_mean(lambda x, y, z: np.exp(x)), np.sinh(1.0), rtol=1e-10)',
#     'isinstance(sphere_mean(lambda x, y, z: x + 1), float)',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'quadrature', 'multiple-integral']
# requires = { scipy = ">=1.15" }
# ///
import numpy as np
from scipy import integrate


def sphere_mean(f, order=15):
    """Mean of f(x, y, z) over the unit sphere.

    f takes three coordinate arrays and returns an array of values.
    Uses the Lebedev rule of the given order (exact for polynomials of
    degree up to order); the mean is the weighted sum divided by the
    sphere's area. Returns a float.
    """
    # points has shape (3, n): rows x, y, z; the weights sum to the area 4 pi
    points, weights = integrate.lebedev_rule(order)
    values = f(*points)
    return float(np.dot(weights, values) / (4 * np.pi))
