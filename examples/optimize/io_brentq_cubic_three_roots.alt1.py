import numpy as np
from scipy import optimize


def f(x):
    return x**3 - 3 * x + 1


# scan a fine grid for sign changes, then refine each with Brent's method
grid = np.linspace(-2, 2, 401)
values = f(grid)
starts = np.flatnonzero(np.sign(values[:-1]) != np.sign(values[1:]))
roots = [optimize.brentq(f, grid[i], grid[i + 1]) for i in starts]
