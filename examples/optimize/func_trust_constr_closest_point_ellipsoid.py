# /// example
# task = '''
# Write a function `closest_point_on_ellipsoid` with the signature and docstring below, using
# SciPy's trust-region constrained minimiser with the surface as a nonlinear equality constraint
# (its Hessian approximated by quasi-Newton updates). Store in `inside_error` the message raised
# by `closest_point_on_ellipsoid([0.5, 0.5], [2.0, 1.0])`.
#
# ```python
# def closest_point_on_ellipsoid(point, semi_axes):
#     """Point of the axis-aligned ellipsoid sum((x / semi_axes)**2) = 1
#     nearest to a point outside it (any dimension).
#
#     Minimises the squared distance to point on the surface, starting from
#     the radial projection point / sqrt(sum((point / semi_axes)**2)).
#     Returns an array shaped like point. Raises
#     ValueError("point must lie outside the ellipsoid") when
#     sum((point / semi_axes)**2) <= 1.
#     """
# ```'''
# prompt = """
# For a collision check I need `closest_point_on_ellipsoid(point, semi_axes)`: the point of the \
# ellipsoid sum((x / semi_axes)**2) = 1 (axis-aligned, any dimension) nearest to a `point` \
# outside it. Minimise the squared distance with scipy's trust-constr, the surface as a \
# nonlinear equality constraint whose Hessian is approximated by quasi-Newton updates, starting \
# from the radial projection point / sqrt(sum((point / semi_axes)**2)); return an array shaped \
# like the point. Points inside or on it should raise \
# `ValueError("point must lie outside the ellipsoid")`; store the message from \
# `closest_point_on_ellipsoid([0.5, 0.5], [2.0, 1.0])` in `inside_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # on a circle the nearest point is the radial one
#     'np.allclose(closest_point_on_ellipsoid([3.0, 4.0], [2.0, 2.0]), [1.2, 1.6], atol=1e-6)',
#     # elsewhere: on the surface, the offset along the surface normal x / a^2, and no farther than the radial projection
#     '(lambda p, a, x: np.isclose(np.sum((x / a) ** 2), 1.0, atol=1e-8) and np.linalg.norm((x - p) - ((x - p) @ (x / a**2)) / ((x / a**2) @ (x / a**2)) * (x / a**2)) < 1e-6 and np.linalg.norm(x - p) <= np.linalg.norm(p / np.sqrt(np.sum((p / a) ** 2)) - p) + 1e-9)(np.array([3.0, 1.0]), np.array([2.0, 1.0]), np.asarray(closest_point_on_ellipsoid([3.0, 1.0], [2.0, 1.0])))',
#     '(lambda p, a, x: x.shape == (3,) and np.isclose(np.sum((x / a) ** 2), 1.0, atol=1e-8) and np.linalg.norm((x - p) - ((x - p) @ (x / a**2)) / ((x / a**2) @ (x / a**2)) * (x / a**2)) < 1e-6 and np.linalg.norm(x - p) <= np.linalg.norm(p / np.sqrt(np.sum((p / a) ** 2)) - p) + 1e-9)(np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 1.5]), np.asarray(closest_point_on_ellipsoid([1.0, 2.0, 3.0], [1.0, 2.0, 1.5])))',
#     'inside_error == "point must lie outside the ellipsoid"',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'constrained-optimization', 'minimization', 'validation']
# ///
import numpy as np
from scipy import optimize


def closest_point_on_ellipsoid(point, semi_axes):
    """Point of the axis-aligned ellipsoid sum((x / semi_axes)**2) = 1
    nearest to a point outside it (any dimension).

    Minimises the squared distance to point on the surface, starting from
    the radial projection point / sqrt(sum((point / semi_axes)**2)).
    Returns an array shaped like point. Raises
    ValueError("point must lie outside the ellipsoid") when
    sum((point / semi_axes)**2) <= 1.
    """
    p = np.asarray(point, dtype=float)
    a = np.asarray(semi_axes, dtype=float)
    level = np.sum((p / a) ** 2)
    if level <= 1:
        raise ValueError("point must lie outside the ellipsoid")
    # exact Jacobian of the constraint; its Hessian from BFGS updates
    surface = optimize.NonlinearConstraint(
        lambda x: np.sum((x / a) ** 2), 1.0, 1.0, jac=lambda x: 2 * x / a**2, hess=optimize.BFGS()
    )
    result = optimize.minimize(
        lambda x: np.sum((x - p) ** 2),
        p / np.sqrt(level),
        jac=lambda x: 2 * (x - p),
        hess=lambda x: 2 * np.eye(x.size),
        method="trust-constr",
        constraints=[surface],
        options={"gtol": 1e-10, "xtol": 1e-12},
    )
    return result.x


try:
    closest_point_on_ellipsoid([0.5, 0.5], [2.0, 1.0])
except ValueError as error:
    inside_error = str(error)
