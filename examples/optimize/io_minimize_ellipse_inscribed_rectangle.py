# /// example
# task = """
# A rectangle with sides parallel to the axes is inscribed in the ellipse x^2 / 9 + y^2 / 4 = 1, \
# with its corner (x, y) on the ellipse in the first quadrant. Maximise its area 4 x y \
# numerically with SciPy, keeping the corner on the ellipse with a nonlinear equality \
# constraint and within 0 <= x <= 3, 0 <= y <= 2, starting from (1, 1). Store the corner in \
# `corner` and the area in `area`; rounded to 4 decimals they print as shown.
#
# ```text
# maximise   4 x y
# subject to x^2 / 9 + y^2 / 4 = 1,  0 <= x <= 3,  0 <= y <= 2
# ```
#
# Wanted:
#
# ```text
# corner = [2.1213, 1.4142], area = 12.0
# ```"""
# prompt = """
# What is the largest axis-aligned rectangle that fits in the ellipse x^2 / 9 + y^2 / 4 = 1? I'd \
# like scipy to maximise the area 4 x y over the first-quadrant corner (x, y) kept on the \
# ellipse, with 0 <= x <= 3 and 0 <= y <= 2, starting from (1, 1):
#
# ```text
# maximise   4 x y
# subject to x^2 / 9 + y^2 / 4 = 1,  0 <= x <= 3,  0 <= y <= 2
# ```
#
# Lagrange multipliers on paper give me `corner` and `area`:
#
# ```text
# corner = [2.1213, 1.4142], area = 12.0
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(corner, [2.1213, 1.4142], atol=5e-5)',
#     'np.isclose(area, 12.0, atol=5e-5)',
#     # the corner lies on the ellipse
#     'np.isclose(corner[0] ** 2 / 9 + corner[1] ** 2 / 4, 1.0, atol=1e-6)',
# ]
# difficulty = 'advanced'
# tags = ['minimization', 'constrained-optimization']
# ///
import numpy as np
from scipy.optimize import Bounds, NonlinearConstraint, minimize


def negative_area(corner):
    # minimize only minimises: maximise the area by minimising its negative
    return -4.0 * corner[0] * corner[1]


on_ellipse = NonlinearConstraint(lambda c: c[0] ** 2 / 9 + c[1] ** 2 / 4, 1.0, 1.0)
result = minimize(
    negative_area,
    x0=np.array([1.0, 1.0]),
    method="trust-constr",
    constraints=[on_ellipse],
    bounds=Bounds([0.0, 0.0], [3.0, 2.0]),
)
corner = result.x
area = -result.fun
