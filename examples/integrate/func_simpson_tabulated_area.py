# /// example
# task = '''
# Write a function `area_under_samples` with the signature and docstring below. Apply it to the
# curve samples `x`, `y` and store the result in `area`.
#
# ```python
# def area_under_samples(x, y):
#     """Integral of tabulated y(x) by Simpson's rule.
#
#     The pairs are sorted by x first and pairs where x or y is NaN are
#     dropped. Returns a float; 0.0 when fewer than 2 pairs remain (empty
#     or single-point input).
#     """
# ```'''
# prompt = """
# My lab data come as unsorted (x, y) tables with gaps, so I want \
# `area_under_samples(x, y)`: sort by x, drop pairs with NaN, integrate with Simpson's rule and \
# return a float, or `0.0` if fewer than 2 points are left. Use it on my samples `x`, `y` and put \
# the result in `area`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = { x = 'peak.x', y = 'peak.y' }
# checks = [
#     'np.isclose(area_under_samples([0.0, 1.0, 2.0], [0.0, 1.0, 4.0]), 8.0 / 3.0)',
#     'np.isclose(area_under_samples(np.linspace(0, np.pi, 101), np.sin(np.linspace(0, np.pi, 101))), 2.0, atol=1e-6)',
#     'np.isclose(area_under_samples([2.0, 0.0, np.nan, 1.0], [4.0, 0.0, 7.0, 1.0]), 8.0 / 3.0)',
#     'np.isclose(area_under_samples([3.0, 1.0, 2.0, 0.0], [27.0, 1.0, 8.0, 0.0]), scipy.integrate.simpson([0.0, 1.0, 8.0, 27.0], x=[0.0, 1.0, 2.0, 3.0]))',
#     'np.isclose(area_under_samples([0.0, 2.0], [1.0, 3.0]), 4.0)',
#     'area_under_samples([1.5], [2.0]) == 0.0 and area_under_samples([], []) == 0.0',
#     'isinstance(area, float)',
#     'np.isclose(area, scipy.integrate.simpson(np.asarray(y)[np.argsort(x, kind="stable")], x=np.sort(x)) if len(x) > 1 else 0.0)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'quadrature', 'sampled-data']
# edge_cases = true
# ///
import numpy as np
from scipy import integrate


def area_under_samples(x, y):
    """Integral of tabulated y(x) by Simpson's rule.

    The pairs are sorted by x first and pairs where x or y is NaN are
    dropped. Returns a float; 0.0 when fewer than 2 pairs remain (empty
    or single-point input).
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    keep = ~(np.isnan(x) | np.isnan(y))
    x, y = x[keep], y[keep]
    if len(x) < 2:
        return 0.0
    # Simpson's rule needs increasing abscissae; a stable sort keeps tied x in input order
    order = np.argsort(x, kind="stable")
    return float(integrate.simpson(y[order], x=x[order]))


area = area_under_samples(x, y)
