import numpy as np
from scipy import optimize


def peak_times(ka, ke):
    """Time of peak plasma concentration in the one-compartment model
    C(t) proportional to exp(-ke t) - exp(-ka t), for oral dosing.

    ka (absorption) and ke (elimination) rates broadcast against each
    other; every pair needs ka > ke > 0. Returns the times maximising C,
    with the broadcast shape. Raises ValueError("need ka > ke > 0")
    otherwise.
    """
    a, e = np.broadcast_arrays(np.asarray(ka, float), np.asarray(ke, float))
    if np.any(a <= e) or np.any(e <= 0):
        raise ValueError("need ka > ke > 0")

    def minus_c(t, a, e):
        return np.exp(-a * t) - np.exp(-e * t)

    # the peak lies between 1 / ka and 1 / ke, so start each bracket search at their geometric mean
    found = optimize.elementwise.bracket_minimum(
        minus_c, 1 / np.sqrt(a * e), xl0=1 / a, xmin=0.0, args=(a, e)
    )
    res = optimize.elementwise.find_minimum(minus_c, found.bracket, args=(a, e))
    return res.x


try:
    peak_times(0.1, 0.2)
except ValueError as exc:
    rate_error = str(exc)
