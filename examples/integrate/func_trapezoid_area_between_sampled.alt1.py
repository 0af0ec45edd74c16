import numpy as np


def area_between_sampled(x, y1, y2):
    """Area between two sampled curves y1(x) and y2(x).

    Both curves are sampled at the same increasing x and taken as piecewise
    linear between samples. The result is the integral of |y1 - y2|; where
    the curves cross between two samples the crossing point is added, so
    the result is exact for piecewise-linear curves. Returns a float; 0.0
    for fewer than 2 samples.
    """
    positions = np.asarray(x, dtype=float)
    diff = np.asarray(y1, dtype=float) - np.asarray(y2, dtype=float)
    if positions.size < 2:
        return 0.0
    width = np.diff(positions)
    left, right = diff[:-1], diff[1:]
    same_side = left * right >= 0
    # on a crossing interval the two triangles have area h * (l^2 + r^2) / (2 (|l| + |r|))
    spread = np.where(same_side, 1.0, np.abs(left) + np.abs(right))
    crossing = width * (left**2 + right**2) / (2 * spread)
    plain = width * (np.abs(left) + np.abs(right)) / 2
    return float(np.sum(np.where(same_side, plain, crossing)))


end_line = y[0] + (y[-1] - y[0]) * (x - x[0]) / (x[-1] - x[0])
peak_area = area_between_sampled(x, y, end_line)
