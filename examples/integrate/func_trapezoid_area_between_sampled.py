# /// example
# task = '''
# Write a function `area_between_sampled` with the signature and docstring below. Apply it to the
# measured peak `y` at positions `x` and the straight baseline joining its first and last samples,
# and store the result in `peak_area`.
#
# ```python
# def area_between_sampled(x, y1, y2):
#     """Area between two sampled curves y1(x) and y2(x).
#
#     Both curves are sampled at the same increasing x and taken as piecewise
#     linear between samples. The result is the integral of |y1 - y2|; where
#     the curves cross between two samples the crossing point is added, so
#     the result is exact for piecewise-linear curves. Returns a float; 0.0
#     for fewer than 2 samples.
#     """
# ```'''
# prompt = """
# I compare two measured curves sampled on the same increasing grid and need the area between \
# them: `area_between_sampled(x, y1, y2)`, integrating |y1 - y2| with the curves taken as straight \
# lines between samples. Plain trapezoids on |y1 - y2| overestimate where the curves cross between \
# samples, so insert the crossing points first; return a float, and 0.0 for fewer than 2 samples. \
# Apply it to my peak `y` at positions `x` against the straight baseline through its first and last \
# points, into `peak_area`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = { x = 'peak.x', y = 'peak.y' }
# checks = [
#     # the lines cross at x = 0.5: two triangles of area 1/4, not the trapezoid's 1
#     'np.isclose(area_between_sampled([0.0, 1.0], [0.0, 1.0], [1.0, 0.0]), 0.5)',
#     'np.isclose(area_between_sampled([0.0, 1.0, 2.0], [0.0, 2.0, 0.0], [1.0, 1.0, 1.0]), 1.0)',
#     # no crossing: the ordinary trapezoid rule of the difference
#     'np.isclose(area_between_sampled([0.0, 1.0, 3.0], [2.0, 3.0, 5.0], [0.0, 1.0, 1.0]), scipy.integrate.trapezoid([2.0, 2.0, 4.0], x=[0.0, 1.0, 3.0]))',
#     # touching at a sample is not a crossing
#     'np.isclose(area_between_sampled([0.0, 1.0, 2.0], [1.0, 0.0, 1.0], [0.0, 0.0, 0.0]), 1.0)',
#     'area_between_sampled([1.0], [2.0], [3.0]) == 0.0 and area_between_sampled([], [], []) == 0.0',
#     'isinstance(peak_area, float)',
#     # a dense resampling of the two piecewise-linear curves gives the same area
#     'np.isclose(peak_area, scipy.integrate.trapezoid(np.abs(np.interp(np.linspace(x[0], x[-1], 400001), x, y) - np.interp(np.linspace(x[0], x[-1], 400001), [x[0], x[-1]], [y[0], y[-1]])), np.linspace(x[0], x[-1], 400001)), rtol=1e-6, atol=1e-9 * np.max(np.abs(y)))',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'sampled-data', 'quadrature']
# edge_cases = true
# ///
import numpy as np
from scipy import integrate


def area_between_sampled(x, y1, y2):
    """Area between two sampled curves y1(x) and y2(x).

    Both curves are sampled at the same increasing x and taken as piecewise
    linear between samples. The result is the integral of |y1 - y2|; where
    the curves cross between two samples the crossing point is added, so
    the result is exact for piecewise-linear curves. Returns a float; 0.0
    for fewer than 2 samples.
    """
    x = np.asarray(x, dtype=float)
    gap = np.asarray(y1, dtype=float) - np.asarray(y2, dtype=float)
    if len(x) < 2:
        return 0.0
    # a sign change between samples i and i + 1 means a crossing inside that interval
    i = np.flatnonzero(gap[:-1] * gap[1:] < 0)
    x_cross = x[i] - gap[i] * (x[i + 1] - x[i]) / (gap[i + 1] - gap[i])
    x_all = np.concatenate([x, x_cross])
    gap_all = np.concatenate([np.abs(gap), np.zeros(len(i))])
    order = np.argsort(x_all, kind="stable")
    return float(integrate.trapezoid(gap_all[order], x=x_all[order]))


baseline = np.interp(x, [x[0], x[-1]], [y[0], y[-1]])
peak_area = area_between_sampled(x, y, baseline)
