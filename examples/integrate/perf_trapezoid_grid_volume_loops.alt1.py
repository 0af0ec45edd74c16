import numpy as np


def trapezoid_weights(points):
    # each interval gives half its width to each of its two end points
    widths = np.diff(points)
    weights = np.zeros(len(points))
    weights[:-1] += widths / 2
    weights[1:] += widths / 2
    return weights


volume = float(trapezoid_weights(y) @ z @ trapezoid_weights(x))
