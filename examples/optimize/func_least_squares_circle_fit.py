# /// example
# task = '''
# Write a function `fit_circle` with the signature and docstring below.
#
# ```python
# def fit_circle(x, y):
#     """Geometric least-squares circle through the points (x, y).
#
#     Minimises the sum over points of (distance to the centre - radius)**2
#     with scipy.optimize.least_squares, starting from the centroid and the
#     mean distance to it. Returns (xc, yc, r) as floats.
#     Raises ValueError for fewer than 3 points.
#     """
# ```'''
# prompt = """
# I measure points around a round part and want its centre and radius. Please write \
# `fit_circle(x, y)` that does a geometric least-squares circle fit (minimise the squared \
# differences between each point's distance to the centre and the radius) with least_squares, \
# starting at the centroid with the mean distance as radius. Return (xc, yc, r) as floats, and \
# raise ValueError if there are fewer than 3 points."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # points exactly on a circle: the fit recovers it
#     'np.allclose(fit_circle(3 + 2 * np.cos(np.linspace(0, 2 * np.pi, 12, endpoint=False)), -1 + 2 * np.sin(np.linspace(0, 2 * np.pi, 12, endpoint=False))), (3, -1, 2), atol=1e-6)',
#     # three points define a circle: (0, 0), (2, 0), (0, 2) lie on the circle centred (1, 1) of radius sqrt(2)
#     'np.allclose(fit_circle(np.array([0.0, 2.0, 0.0]), np.array([0.0, 0.0, 2.0])), (1, 1, np.sqrt(2)), atol=1e-6)',
#     # an arc of a quarter circle only: the geometric fit still finds the centre
#     'np.allclose(fit_circle(10 + 5 * np.cos(np.linspace(0, np.pi / 2, 20)), 5 * np.sin(np.linspace(0, np.pi / 2, 20))), (10, 0, 5), atol=1e-5)',
#     # noisy points: the geometric cost at the fit is no larger than at the circle least_squares finds from the stated start
#     '(lambda px, py: (lambda c: np.sum((np.hypot(px - c[0], py - c[1]) - c[2]) ** 2))(fit_circle(px, py)) <= np.sum(scipy.optimize.least_squares(lambda p: np.hypot(px - p[0], py - p[1]) - p[2], [px.mean(), py.mean(), np.hypot(px - px.mean(), py - py.mean()).mean()]).fun ** 2) * (1 + 1e-6) + 1e-12)(4 * np.cos(np.linspace(0, 6, 30)) + np.random.default_rng(0).normal(0, 0.1, 30), 4 * np.sin(np.linspace(0, 6, 30)) + np.random.default_rng(1).normal(0, 0.1, 30))',
#     '__import__("unittest").TestCase().assertRaises(ValueError, fit_circle, np.array([0.0, 1.0]), np.array([0.0, 1.0])) is None',
#     'all(isinstance(v, float) for v in fit_circle(np.array([0.0, 2.0, 0.0]), np.array([0.0, 0.0, 2.0])))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'least-squares', 'curve-fitting', 'validation']
# ///
import numpy as np
from scipy import optimize


def fit_circle(x, y):
    """Geometric least-squares circle through the points (x, y).

    Minimises the sum over points of (distance to the centre - radius)**2
    with scipy.optimize.least_squares, starting from the centroid and the
    mean distance to it. Returns (xc, yc, r) as floats.
    Raises ValueError for fewer than 3 points.
    """
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if x.size < 3:
        raise ValueError("a circle needs at least 3 points")

    def radial_residuals(params):
        xc, yc, r = params
        return np.hypot(x - xc, y - yc) - r

    xc0, yc0 = x.mean(), y.mean()
    start = [xc0, yc0, np.hypot(x - xc0, y - yc0).mean()]
    # tight tolerances so exact circles come back to rounding precision
    fit = optimize.least_squares(radial_residuals, start, xtol=1e-12, ftol=1e-12, gtol=1e-12)
    xc, yc, r = fit.x
    return float(xc), float(yc), float(abs(r))
