import numpy as np
from scipy.optimize import minimize_scalar


def closest_approach(p1, v1, p2, v2, t_max):
    """Time in [0, t_max] at which two objects moving in a straight line at
    constant velocity are closest, and their distance then.

    p1, p2 are the start positions and v1, v2 the velocities (arrays of the
    same length). Minimise the distance over the interval with a bounded
    scalar minimiser; returns (t, distance) as floats, accurate to 1e-5.
    """
    gap = np.asarray(p1, dtype=float) - np.asarray(p2, dtype=float)
    closing = np.asarray(v1, dtype=float) - np.asarray(v2, dtype=float)
    # squared distance is smooth in t; minimise it over the interval
    result = minimize_scalar(
        lambda t: np.sum((gap + closing * t) ** 2),
        bounds=(0.0, t_max),
        method="bounded",
        options={"xatol": 1e-9},
    )
    return float(result.x), float(np.sqrt(result.fun))
