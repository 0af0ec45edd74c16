# /// example
# task = '''
# Write a function `invert_increasing` with the signature and docstring below.
#
# ```python
# def invert_increasing(func, target, lo, hi):
#     """Solve func(x) = target for x in [lo, hi], where func is continuous
#     and increasing on the interval, with a bracketing root finder
#     (absolute x tolerance 1e-12).
#
#     Returns x as a float (lo or hi when the target equals func there).
#     Raises ValueError if target lies outside [func(lo), func(hi)].
#     """
# ```'''
# prompt = """
# I keep needing the inverse of monotone functions (calibration curves and the like). Please \
# write `invert_increasing(func, target, lo, hi)` that solves func(x) = target on [lo, hi] for an \
# increasing continuous func using a bracketing root finder (x tolerance 1e-12), returns a float \
# (the end point itself when the target is hit exactly there), and raises ValueError when the \
# target is outside [func(lo), func(hi)]."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(invert_increasing(np.exp, 5.0, 0.0, 3.0), np.log(5.0), atol=1e-10)',
#     'np.isclose(invert_increasing(lambda x: x**3 + x, 10.0, 0.0, 5.0), 2.0, atol=1e-10)',
#     # the target sits exactly on an end of the interval
#     'np.isclose(invert_increasing(np.sqrt, 2.0, 1.0, 4.0), 4.0) and np.isclose(invert_increasing(np.sqrt, 1.0, 1.0, 4.0), 1.0)',
#     '__import__("unittest").TestCase().assertRaises(ValueError, invert_increasing, np.exp, 50.0, 0.0, 3.0) is None',
#     '__import__("unittest").TestCase().assertRaises(ValueError, invert_increasing, np.exp, 0.5, 0.0, 3.0) is None',
#     'isinstance(invert_increasing(np.tanh, 0.5, -2.0, 2.0), float) and np.isclose(invert_increasing(np.tanh, 0.5, -2.0, 2.0), np.arctanh(0.5), atol=1e-10)',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'root-finding', 'validation']
# ///
from scipy import optimize


def invert_increasing(func, target, lo, hi):
    """Solve func(x) = target for x in [lo, hi], where func is continuous
    and increasing on the interval, with a bracketing root finder
    (absolute x tolerance 1e-12).

    Returns x as a float (lo or hi when the target equals func there).
    Raises ValueError if target lies outside [func(lo), func(hi)].
    """
    f_lo, f_hi = func(lo) - target, func(hi) - target
    if f_lo > 0 or f_hi < 0:
        raise ValueError(f"target {target} is outside [{func(lo)}, {func(hi)}]")
    # brentq needs a sign change, so an exact hit at an end point is returned directly
    if f_lo == 0:
        return float(lo)
    if f_hi == 0:
        return float(hi)
    return float(optimize.brentq(lambda x: func(x) - target, lo, hi, xtol=1e-12))
