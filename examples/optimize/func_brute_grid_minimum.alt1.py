import itertools

import numpy as np
from scipy.optimize import minimize


def grid_minimum(f, ranges, points_per_axis=41):
    """Global minimiser of f over a box, by grid search plus local polish.

    `ranges` is a list of (low, high) pairs, one per variable; f takes a
    1-D array of that length. f is evaluated on a regular grid of
    `points_per_axis` points per variable and the best grid point is
    refined by a Nelder-Mead search kept inside the box. Returns the
    minimiser as a 1-D float array.
    """
    axes = [np.linspace(low, high, points_per_axis) for low, high in ranges]
    candidates = [np.array(point) for point in itertools.product(*axes)]
    best = min(candidates, key=f)
    refined = minimize(
        f, best, method="Nelder-Mead", bounds=list(ranges), options={"xatol": 1e-8, "fatol": 1e-12}
    )
    return np.array(refined.x, dtype=float)


dip_x = grid_minimum(lambda p: p[0] * np.sin(p[0]), [(0.0, 12.0)])
