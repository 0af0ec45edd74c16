import numpy as np
from scipy.optimize import dual_annealing


def global_maximum(f, bounds, seed=0):
    """Global maximum of f over a box.

    `bounds` is a list of (low, high) pairs, one per variable, and f takes a
    1-D array. The search is dual annealing on -f (500 iterations), seeded
    with `seed` so the result is reproducible, with its default local
    polishing. Returns the tuple (x_best, f_best): a 1-D float array and a
    float.
    """

    def negated(point):
        return -f(point)

    found = dual_annealing(
        negated, bounds=list(bounds), maxiter=500, seed=np.random.default_rng(seed)
    )
    return np.array(found.x, dtype=float), -float(found.fun)


hotspot = global_maximum(
    lambda p: (
        np.exp(-((p[0] - 1) ** 2 + (p[1] - 1) ** 2) / 0.5)
        + 1.5 * np.exp(-((p[0] + 2) ** 2 + (p[1] - 0.5) ** 2) / 0.2)
    ),
    [(-4, 4), (-4, 4)],
)
