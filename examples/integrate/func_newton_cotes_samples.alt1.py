import numpy as np
from numpy.polynomial import Polynomial


def newton_cotes_integral(y, dx):
    """Integral of equally spaced samples with the closed Newton-Cotes rule.

    y holds n + 1 samples spaced dx apart; the rule of degree n through all
    of them is used (2 samples: trapezoid, 3: Simpson, 5: Boole), so the
    result is exact for polynomials of degree n. Returns a float.
    Raises ValueError("need at least 2 samples") for fewer samples.
    """
    values = np.asarray(y, dtype=float)
    if len(values) < 2:
        raise ValueError("need at least 2 samples")
    # the interpolating polynomial through all samples, integrated exactly
    nodes = np.arange(len(values)) * dx
    poly = Polynomial.fit(nodes, values, deg=len(values) - 1)
    antiderivative = poly.integ()
    return float(antiderivative(nodes[-1]) - antiderivative(nodes[0]))


try:
    newton_cotes_integral([2.0], 0.5)
except ValueError as exc:
    short_error = str(exc)
