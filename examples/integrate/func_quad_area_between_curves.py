# /// example
# task = '''
# Write a function `area_between` with the signature and docstring below, and store in `lens_area`
# the area enclosed between y = x and y = x**2 on [0, 1].
#
# ```python
# def area_between(f, g, a, b):
#     """Area between the curves y = f(x) and y = g(x) for a <= x <= b.
#
#     The area is the integral of |f(x) - g(x)|, so regions where the curves
#     swap order add up instead of cancelling. Computed by adaptive
#     quadrature; returns a float (0.0 for identical curves).
#     """
# ```'''
# prompt = """
# I need `area_between(f, g, a, b)`: the geometric area between two curves y = f(x) and y = g(x) \
# from a to b, i.e. the integral of |f - g| so crossings don't cancel, via adaptive quadrature, \
# returned as a float (0.0 when the curves coincide). Check it on y = x and y = x**2 over [0, 1] \
# and keep that area in `lens_area`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(lens_area, 1 / 6)',
#     # sin and cos cross at pi / 4: the two lobes add to 2 sqrt(2)
#     'np.isclose(area_between(np.sin, np.cos, 0.0, np.pi), 2 * np.sqrt(2))',
#     'np.isclose(area_between(lambda x: x**3, lambda x: x, -1.0, 1.0), 0.5)',
#     'np.isclose(area_between(lambda x: 2.0 + 0 * x, lambda x: x, 0.0, 4.0), 4.0)',
#     'area_between(np.exp, np.exp, 0.0, 2.0) == 0.0',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'quadrature', 'special-integrand']
# ///
import numpy as np
from scipy import integrate


def area_between(f, g, a, b):
    """Area between the curves y = f(x) and y = g(x) for a <= x <= b.

    The area is the integral of |f(x) - g(x)|, so regions where the curves
    swap order add up instead of cancelling. Computed by adaptive
    quadrature; returns a float (0.0 for identical curves).
    """
    # |f - g| has a kink at every crossing: allow more subintervals than the default 50
    area, _ = integrate.quad(lambda x: np.abs(f(x) - g(x)), a, b, limit=200)
    return float(area)


lens_area = area_between(lambda x: x, lambda x: x**2, 0.0, 1.0)
