import numpy as np
from scipy.integrate import lebedev_rule


def sphere_mean(f, order=15):
    """Mean of f(x, y, z) over the unit sphere.

    f takes three coordinate arrays and returns an array of values.
    Uses the Lebedev rule of the given order (exact for polynomials of
    degree up to order); the mean is the weighted sum divided by the
    sphere's area. Returns a float.
    """
    nodes, w = lebedev_rule(order)
    x, y, z = nodes
    # a weighted average divides by the weights' sum, which is the area
    return float(np.average(f(x, y, z), weights=w))
