# /// example
# task = '''
# Write a function `bounded_minimum` with the signature and docstring below, store in
# `best_speed` the result for the fuel use per km of a car, f(v) = 0.02 v + 60 / v + 0.3 (v in km/h),
# on 30 <= v <= 130, and in `interval_error` the message raised for lo = 130, hi = 30.
#
# ```python
# def bounded_minimum(f, lo, hi):
#     """Minimum of the scalar function f on the interval [lo, hi].
#
#     f is assumed unimodal on the interval; the search is a bounded scalar
#     minimisation with an absolute x tolerance of 1e-9. Returns the tuple of
#     floats (x_min, f(x_min)). Raises ValueError("need lo < hi") otherwise.
#     """
# ```'''
# prompt = """
# Write `bounded_minimum(f, lo, hi)` for me: minimise a one-variable function that is unimodal on \
# [lo, hi] with a bounded scalar search (x tolerance 1e-9), return `(x_min, f(x_min))` as floats, \
# and raise `ValueError("need lo < hi")` for an empty interval. Then find the most economical speed \
# for a car whose fuel use per km is f(v) = 0.02 v + 60 / v + 0.3, for 30 <= v <= 130 km/h, and \
# store the tuple in `best_speed`; keep the error message for the swapped interval lo = 130, \
# hi = 30 in `interval_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # 0.02 - 60 / v^2 = 0 at v = sqrt(3000)
#     'np.allclose(best_speed, (np.sqrt(3000.0), 0.04 * np.sqrt(3000.0) + 0.3), rtol=1e-6)',
#     'np.allclose(bounded_minimum(lambda x: (x - 2.0) ** 2, 0.0, 5.0), (2.0, 0.0), atol=1e-6)',
#     # the unconstrained minimum lies outside: the answer sits at the nearer bound
#     'np.isclose(bounded_minimum(lambda x: (x - 2.0) ** 2, 3.0, 5.0)[0], 3.0, atol=1e-6)',
#     'np.allclose(bounded_minimum(lambda x: -np.sin(x), 0.0, np.pi), (np.pi / 2, -1.0), atol=1e-6)',
#     'np.isclose(bounded_minimum(lambda x: x * np.log(x), 0.01, 2.0)[0], np.exp(-1.0), atol=1e-6)',
#     'interval_error == "need lo < hi"',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'minimization', 'constrained-optimization', 'validation']
# ///
from scipy import optimize


def bounded_minimum(f, lo, hi):
    """Minimum of the scalar function f on the interval [lo, hi].

    f is assumed unimodal on the interval; the search is a bounded scalar
    minimisation with an absolute x tolerance of 1e-9. Returns the tuple of
    floats (x_min, f(x_min)). Raises ValueError("need lo < hi") otherwise.
    """
    if not lo < hi:
        raise ValueError("need lo < hi")
    # method="bounded" keeps every trial point inside [lo, hi]
    result = optimize.minimize_scalar(f, bounds=(lo, hi), method="bounded", options={"xatol": 1e-9})
    return float(result.x), float(result.fun)


best_speed = bounded_minimum(lambda v: 0.02 * v + 60 / v + 0.3, 30.0, 130.0)

try:
    bounded_minimum(lambda v: 0.02 * v + 60 / v + 0.3, 130.0, 30.0)
except ValueError as error:
    interval_error = str(error)
