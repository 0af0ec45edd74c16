# /// example
# task = '''
# Write a function `peak_times` with the signature and docstring below. It must find all the peaks
# at once with SciPy's element-wise (vectorised) scalar minimiser, bracketing each minimum first,
# rather than looping over the rate pairs. Store in `rate_error` the message raised by
# `peak_times(0.1, 0.2)`.
#
# ```python
# def peak_times(ka, ke):
#     """Time of peak plasma concentration in the one-compartment model
#     C(t) proportional to exp(-ke t) - exp(-ka t), for oral dosing.
#
#     ka (absorption) and ke (elimination) rates broadcast against each
#     other; every pair needs ka > ke > 0. Returns the times maximising C,
#     with the broadcast shape. Raises ValueError("need ka > ke > 0")
#     otherwise.
#     """
# ```'''
# prompt = """
# For a dosing table I need `peak_times(ka, ke)`: the time at which exp(-ke t) - exp(-ka t) \
# (one-compartment oral model, absorption rate ka, elimination rate ke) peaks, for arrays of rates \
# that broadcast together, all solved at once with scipy's element-wise minimiser after \
# bracketing each minimum, not in a Python loop. Every pair must satisfy ka > ke > 0, otherwise \
# raise `ValueError("need ka > ke > 0")`; keep the message from `peak_times(0.1, 0.2)` in \
# `rate_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # the peak of exp(-ke t) - exp(-ka t) is at ln(ka / ke) / (ka - ke)
#     'np.allclose(peak_times(np.array([0.5, 1.0, 2.0, 8.0]), 0.2), np.log(np.array([0.5, 1.0, 2.0, 8.0]) / 0.2) / (np.array([0.5, 1.0, 2.0, 8.0]) - 0.2), rtol=1e-6)',
#     # broadcasting a column of ka against a row of ke
#     'np.shape(peak_times(np.array([[1.0], [3.0]]), np.array([0.1, 0.5, 0.9]))) == (2, 3)',
#     'np.allclose(peak_times(np.array([[1.0], [3.0]]), np.array([0.1, 0.5, 0.9])), np.log(np.array([[1.0], [3.0]]) / np.array([0.1, 0.5, 0.9])) / (np.array([[1.0], [3.0]]) - np.array([0.1, 0.5, 0.9])), rtol=1e-6)',
#     'np.isclose(peak_times(1.5, 0.3), np.log(5) / 1.2, rtol=1e-6)',
#     'rate_error == "need ka > ke > 0"',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'minimization', 'vectorization', 'applied-science', 'validation']
# requires = { scipy = ">=1.15" }
# ///
import numpy as np
from scipy.optimize import elementwise


def peak_times(ka, ke):
    """Time of peak plasma concentration in the one-compartment model
    C(t) proportional to exp(-ke t) - exp(-ka t), for oral dosing.

    ka (absorption) and ke (elimination) rates broadcast against each
    other; every pair needs ka > ke > 0. Returns the times maximising C,
    with the broadcast shape. Raises ValueError("need ka > ke > 0")
    otherwise.
    """
    ka, ke = np.broadcast_arrays(np.asarray(ka, dtype=float), np.asarray(ke, dtype=float))
    if not np.all((ka > ke) & (ke > 0)):
        raise ValueError("need ka > ke > 0")

    def negative_concentration(t, ka, ke):
        return np.exp(-ka * t) - np.exp(-ke * t)

    # expand a bracket around t = 1 for every pair (never below t = 0), then refine them together
    bracket = elementwise.bracket_minimum(
        negative_concentration, np.ones_like(ka), xmin=0.0, args=(ka, ke)
    )
    result = elementwise.find_minimum(negative_concentration, bracket.bracket, args=(ka, ke))
    return result.x


try:
    peak_times(0.1, 0.2)
except ValueError as error:
    rate_error = str(error)
