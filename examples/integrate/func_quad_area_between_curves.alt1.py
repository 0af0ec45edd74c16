from itertools import pairwise

import numpy as np
from scipy import integrate, optimize


def area_between(f, g, a, b):
    """Area between the curves y = f(x) and y = g(x) for a <= x <= b.

    The area is the integral of |f(x) - g(x)|, so regions where the curves
    swap order add up instead of cancelling. Computed by adaptive
    quadrature; returns a float (0.0 for identical curves).
    """

    def gap(x):
        return f(x) - g(x)

    # split the interval at the crossings, then integrate each piece's |f - g|
    grid = np.linspace(a, b, 401)
    values = gap(grid)
    edges = [a]
    for left, right, v_left, v_right in zip(
        grid[:-1], grid[1:], values[:-1], values[1:], strict=True
    ):
        if v_left * v_right < 0:
            edges.append(optimize.brentq(gap, left, right))
        elif v_right == 0 and right < b:
            edges.append(right)
    edges.append(b)
    return float(sum(abs(integrate.quad(gap, lo, hi)[0]) for lo, hi in pairwise(edges)))


lens_area = area_between(lambda x: x, lambda x: x**2, 0.0, 1.0)
