import numpy as np
from scipy.optimize import root_scalar


def find_root(f, a, b, xtol=1e-12):
    """Root of the scalar function f in the bracket [a, b].

    Returns a float. If f(a) or f(b) is exactly 0 that end is returned.
    Raises ValueError("f(a) and f(b) must have opposite signs") when the
    bracket does not contain a sign change.
    """
    for end in (a, b):
        if f(end) == 0:
            return float(end)
    if np.sign(f(a)) == np.sign(f(b)):
        raise ValueError("f(a) and f(b) must have opposite signs")
    solution = root_scalar(f, bracket=(a, b), method="brentq", xtol=xtol)
    return float(solution.root)


try:
    find_root(lambda x: x**2 + 1, -1, 1)
except ValueError as exc:
    sign_error = str(exc)
