import numpy as np
from scipy.optimize import differential_evolution


def f(v):
    x, y = v
    return (
        20
        + (x - 1) ** 2
        - 10 * np.cos(2 * np.pi * (x - 1))
        + (y + 2) ** 2
        - 10 * np.cos(2 * np.pi * (y + 2))
    )


# seeded so the population search is reproducible; polish=True (default) refines the best member
res = differential_evolution(f, bounds=[(-5.12, 5.12)] * 2, seed=0)
x_best, f_best = res.x, res.fun
