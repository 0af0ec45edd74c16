import math

import numpy as np
from scipy.integrate import quad


def fourier_coefficients(f, period, n_max):
    """Fourier series coefficients of the periodic function f.

    Over one period [0, period], with w_n = 2 pi n / period:
    a_n = (2 / period) * integral of f(x) cos(w_n x) and
    b_n = (2 / period) * integral of f(x) sin(w_n x), for n = 0 .. n_max
    (so b_0 = 0 and a_0 / 2 is the mean). Uses quadrature with cosine and
    sine weights. Returns the float arrays (a, b), each of length n_max + 1.
    """
    scale = 2.0 / period
    cos_terms, sin_terms = [], []
    for n in range(n_max + 1):
        w = 2 * math.pi * n / period
        cos_terms.append(scale * quad(f, 0.0, period, weight="cos", wvar=w)[0])
        sin_terms.append(scale * quad(f, 0.0, period, weight="sin", wvar=w)[0] if n else 0.0)
    return np.array(cos_terms), np.array(sin_terms)


coefficients = fourier_coefficients(lambda x: np.sign(np.sin(x)), 2 * math.pi, 5)
square_b = coefficients[1]
