# /// example
# task = '''
# Write a function `yield_to_maturity` with the signature and docstring below.
#
# ```python
# def yield_to_maturity(price, coupon, face, years):
#     """Annual yield r at which a bond paying `coupon` at the end of each of
#     `years` years plus `face` at maturity is worth `price`:
#         price = sum_{t=1..years} coupon / (1 + r)**t + face / (1 + r)**years.
#     Solved with Newton's method (analytic derivative) from r = coupon / face.
#     Returns r as a float. Raises ValueError if price, face or years is not
#     positive.
#     """
# ```'''
# prompt = """
# I need `yield_to_maturity(price, coupon, face, years)` for plain annual-coupon bonds: the rate \
# r with price = sum over t = 1..years of coupon / (1 + r)^t plus face / (1 + r)^years. Use \
# Newton's method with the analytic derivative, starting at coupon / face; return r as a float, \
# and raise ValueError when price, face or years is not positive."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # priced at par, the yield equals the coupon rate
#     'np.isclose(yield_to_maturity(1000.0, 50.0, 1000.0, 10), 0.05, atol=1e-10)',
#     # a zero-coupon bond: (face / price) ** (1 / years) - 1
#     'np.isclose(yield_to_maturity(800.0, 0.0, 1000.0, 5), (1000 / 800) ** (1 / 5) - 1, atol=1e-10)',
#     # a discount bond: the yield solves the price equation (checked by bracketing)
#     'np.isclose(yield_to_maturity(950.0, 40.0, 1000.0, 7), scipy.optimize.brentq(lambda r: sum(40.0 / (1 + r) ** t for t in range(1, 8)) + 1000.0 / (1 + r) ** 7 - 950.0, 0.0, 1.0, xtol=1e-14), atol=1e-9)',
#     '__import__("unittest").TestCase().assertRaises(ValueError, yield_to_maturity, 0.0, 50.0, 1000.0, 10) is None',
#     '__import__("unittest").TestCase().assertRaises(ValueError, yield_to_maturity, 900.0, 50.0, 1000.0, 0) is None',
#     'isinstance(yield_to_maturity(1100.0, 60.0, 1000.0, 3), float) and yield_to_maturity(1100.0, 60.0, 1000.0, 3) < 0.06',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'root-finding', 'derivatives', 'validation']
# ///
import numpy as np
from scipy import optimize


def yield_to_maturity(price, coupon, face, years):
    """Annual yield r at which a bond paying `coupon` at the end of each of
    `years` years plus `face` at maturity is worth `price`:
        price = sum_{t=1..years} coupon / (1 + r)**t + face / (1 + r)**years.
    Solved with Newton's method (analytic derivative) from r = coupon / face.
    Returns r as a float. Raises ValueError if price, face or years is not
    positive.
    """
    if price <= 0 or face <= 0 or years <= 0:
        raise ValueError("price, face and years must be positive")
    t = np.arange(1, years + 1)
    cash = np.full(years, float(coupon))
    cash[-1] += face

    def pricing_error(r):
        return np.sum(cash / (1 + r) ** t) - price

    def pricing_slope(r):
        # d/dr of cash / (1 + r)^t is -t cash / (1 + r)^(t + 1)
        return np.sum(-t * cash / (1 + r) ** (t + 1))

    return float(optimize.newton(pricing_error, coupon / face, fprime=pricing_slope, tol=1e-12))
