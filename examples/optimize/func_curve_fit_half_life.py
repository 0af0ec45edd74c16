# /// example
# task = '''
# Write a function `half_life` with the signature and docstring below. Apply it to the decay \
# measurements (`x`, `y`) and store the result in `t_half`.
#
# ```python
# def half_life(t, y):
#     """Half-life of an exponential decay with offset, y = a exp(-k t) + c,
#     fitted by curve_fit from the start a = y[0] - y[-1], k = 1 / (t[-1] - t[0]),
#     c = y[-1]. Returns ln(2) / k as a float. Raises ValueError for fewer
#     than 4 points.
#     """
# ```'''
# prompt = """
# For my decay curves I need `half_life(t, y)`: fit y = a exp(-k t) + c with curve_fit, starting \
# at a = y[0] - y[-1], k = 1 / (t[-1] - t[0]), c = y[-1], and return ln(2) / k as a float; raise \
# ValueError when fewer than 4 points are given. Apply it to my data `x`, `y` into `t_half`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'decay.x', y = 'decay.y' }
# checks = [
#     # exact data with k = 0.5: half-life ln 2 / 0.5
#     'np.isclose(half_life(np.linspace(0, 10, 30), 4 * np.exp(-0.5 * np.linspace(0, 10, 30)) + 1), np.log(2) / 0.5, rtol=1e-6)',
#     'np.isclose(half_life(np.linspace(0, 60, 25), 100 * np.exp(-0.05 * np.linspace(0, 60, 25)) - 3), np.log(2) / 0.05, rtol=1e-6)',
#     # four points are enough for three parameters
#     'np.isclose(half_life(np.array([0.0, 1.0, 2.0, 3.0]), 2 * 0.5 ** np.array([0.0, 1.0, 2.0, 3.0]) + 0.5), 1.0, rtol=1e-6)',
#     '__import__("unittest").TestCase().assertRaises(ValueError, half_life, np.array([0.0, 1.0, 2.0]), np.array([3.0, 2.0, 1.5])) is None',
#     'np.isclose(t_half, np.log(2) / scipy.optimize.curve_fit(lambda t, a, k, c: a * np.exp(-k * t) + c, x, y, p0=[y[0] - y[-1], 1 / (x[-1] - x[0]), y[-1]])[0][1], rtol=1e-4)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'curve-fitting', 'applied-science', 'validation']
# [edge_cases]
# min_size = 4
# constant = false
# why = 'the three-parameter decay needs at least 4 points that actually decay'
# ///
import numpy as np
from scipy import optimize


def half_life(t, y):
    """Half-life of an exponential decay with offset, y = a exp(-k t) + c,
    fitted by curve_fit from the start a = y[0] - y[-1], k = 1 / (t[-1] - t[0]),
    c = y[-1]. Returns ln(2) / k as a float. Raises ValueError for fewer
    than 4 points.
    """
    t, y = np.asarray(t, dtype=float), np.asarray(y, dtype=float)
    if t.size < 4:
        raise ValueError("need at least 4 points to fit a, k and c")
    start = [y[0] - y[-1], 1 / (t[-1] - t[0]), y[-1]]
    (a, k, c), _ = optimize.curve_fit(lambda t, a, k, c: a * np.exp(-k * t) + c, t, y, p0=start)
    # the decay halves every ln(2) / k time units, whatever a and c are
    return float(np.log(2) / k)


t_half = half_life(x, y)
