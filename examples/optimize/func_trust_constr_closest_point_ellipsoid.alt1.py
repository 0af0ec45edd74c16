import numpy as np
from scipy.optimize import SR1, NonlinearConstraint, minimize


def closest_point_on_ellipsoid(point, semi_axes):
    """Point of the axis-aligned ellipsoid sum((x / semi_axes)**2) = 1
    nearest to a point outside it (any dimension).

    Minimises the squared distance to point on the surface, starting from
    the radial projection point / sqrt(sum((point / semi_axes)**2)).
    Returns an array shaped like point. Raises ValueError("point must lie
    outside the ellipsoid") when sum((point / semi_axes)**2) <= 1.
    """
    target = np.array(point, dtype=float)
    axes = np.array(semi_axes, dtype=float)
    scale = np.sqrt(np.sum(np.square(target / axes)))
    if scale <= 1:
        raise ValueError("point must lie outside the ellipsoid")
    on_surface = NonlinearConstraint(
        lambda x: np.sum(np.square(x / axes)), 1, 1, jac="2-point", hess=SR1()
    )
    res = minimize(
        lambda x: np.sum(np.square(x - target)),
        target / scale,
        method="trust-constr",
        jac="2-point",
        hess=SR1(),
        constraints=on_surface,
        options={"gtol": 1e-10, "xtol": 1e-12},
    )
    return res.x


try:
    closest_point_on_ellipsoid([0.5, 0.5], [2.0, 1.0])
except ValueError as exc:
    inside_error = str(exc)
