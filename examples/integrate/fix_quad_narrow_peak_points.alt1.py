import numpy as np
from scipy.integrate import quad


def rate(t):
    return 50.0 * np.exp(-0.5 * (t - 700.0) ** 2)


# integrate piecewise, with a short interval around the burst
pieces = [(0.0, 690.0), (690.0, 710.0), (710.0, 1000.0)]
total_counts = sum(quad(rate, low, high)[0] for low, high in pieces)
