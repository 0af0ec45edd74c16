import numpy as np
from scipy.optimize import root_scalar


def roots_in_interval(f, a, b, n_grid=1000):
    """All roots of the continuous scalar function f in [a, b].

    f is evaluated at n_grid evenly spaced points; every grid point where
    f is exactly 0 is a root, and every sign change between neighbouring
    points is refined with a bracketing root finder (xtol 1e-12). Roots
    closer together than the grid spacing may be missed. Returns a sorted
    float array, empty when there is no root.
    """
    xs = np.linspace(a, b, n_grid)
    signs = np.sign([f(x) for x in xs])
    found = []
    for k, x in enumerate(xs):
        if signs[k] == 0:
            found.append(x)
        elif k + 1 < n_grid and signs[k] * signs[k + 1] < 0:
            result = root_scalar(f, bracket=(x, xs[k + 1]), method="brentq", xtol=1e-12)
            found.append(result.root)
    return np.array(sorted(found), dtype=float)


def f(x):
    return np.sin(x) - x / 10


modes = roots_in_interval(f, 0.5, 20.0)
