# /// example
# task = '''
# Write a function `find_root` with the signature and docstring below. Then store in `sign_error`
# the message raised by `find_root(lambda x: x**2 + 1, -1, 1)`.
#
# ```python
# def find_root(f, a, b, xtol=1e-12):
#     """Root of the scalar function f in the bracket [a, b].
#
#     Returns a float. If f(a) or f(b) is exactly 0 that end is returned.
#     Raises ValueError("f(a) and f(b) must have opposite signs") when the
#     bracket does not contain a sign change.
#     """
# ```'''
# prompt = """
# I want a safe wrapper `find_root(f, a, b, xtol=1e-12)` around a bracketing root finder: it returns \
# the root in [a, b] as a float, returns an end point directly if f is exactly zero there, and \
# raises `ValueError("f(a) and f(b) must have opposite signs")` when the bracket has no sign change. \
# Also show the error for `x**2 + 1` on [-1, 1] by keeping its message in `sign_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize']
# inputs = {}
# checks = [
#     'np.isclose(find_root(lambda x: x**2 - 2, 0, 2), np.sqrt(2), atol=1e-10)',
#     'np.isclose(find_root(np.cos, 0.0, 3.0), np.pi / 2, atol=1e-10)',
#     'np.isclose(find_root(lambda x: x**3 - x - 2, 1, 2), np.roots([1, 0, -1, -2])[np.isreal(np.roots([1, 0, -1, -2]))].real[0], atol=1e-10)',
#     'find_root(lambda x: x - 1.0, 1.0, 3.0) == 1.0 and find_root(lambda x: x - 3.0, 1.0, 3.0) == 3.0',
#     'isinstance(find_root(lambda x: x - 0.25, 0, 1), float)',
#     'np.isclose(find_root(lambda x: x - 1.0, 0.0, 2.0), 1.0)',
#     'sign_error == "f(a) and f(b) must have opposite signs"',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'root-finding', 'validation']
# ///
from scipy import optimize


def find_root(f, a, b, xtol=1e-12):
    """Root of the scalar function f in the bracket [a, b].

    Returns a float. If f(a) or f(b) is exactly 0 that end is returned.
    Raises ValueError("f(a) and f(b) must have opposite signs") when the
    bracket does not contain a sign change.
    """
    fa, fb = f(a), f(b)
    if fa == 0:
        return float(a)
    if fb == 0:
        return float(b)
    if fa * fb > 0:
        raise ValueError("f(a) and f(b) must have opposite signs")
    # brentq is guaranteed to converge once the bracket holds a sign change
    return float(optimize.brentq(f, a, b, xtol=xtol))


try:
    find_root(lambda x: x**2 + 1, -1, 1)
except ValueError as error:
    sign_error = str(error)
