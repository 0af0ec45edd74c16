# /// example
# task = '''
# Write a function `implied_volatility` with the signature and docstring below, store in `quoted_vol`
# the volatility implied by a call price of 10.45 with spot 100, strike 100, 1 year to expiry and a
# 5% rate, in `bound_error` the message raised for a price of 120 on the same option, and in
# `floor_error` the message raised for a price of 12 with spot 100, strike 90, 1 year and a 5% rate.
#
# ```python
# def implied_volatility(price, spot, strike, years, rate):
#     """Black-Scholes volatility implied by a European call price.
#
#     Solves bs_call(sigma) = price for sigma in [1e-6, 5] with a bracketing
#     root finder (xtol 1e-12), where bs_call is the Black-Scholes price
#     S N(d1) - K exp(-r T) N(d2). Returns a float. Raises
#     ValueError("price outside no-arbitrage bounds") unless
#     max(S - K exp(-r T), 0) < price < S.
#     """
# ```'''
# prompt = """
# Our desk needs `implied_volatility(price, spot, strike, years, rate)`: invert the Black-Scholes \
# call price S N(d1) - K e^(-rT) N(d2) for sigma with a bracketing root finder on [1e-6, 5] (xtol \
# 1e-12), returning a float, and raise `ValueError("price outside no-arbitrage bounds")` unless \
# max(S - K e^(-rT), 0) < price < S. What vol does a 10.45 call price imply for spot 100, strike 100, \
# 1 year and a 5% rate? Store it in `quoted_vol`, the error message for a price of 120 in \
# `bound_error`, and the one for a price of 12 with spot 100, strike 90, 1 year and 5% in \
# `floor_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     # reprice with the implied vol: it must give back the quoted price
#     'np.isclose(100 * scipy.stats.norm.cdf((0.05 + quoted_vol**2 / 2) / quoted_vol) - 100 * np.exp(-0.05) * scipy.stats.norm.cdf((0.05 - quoted_vol**2 / 2) / quoted_vol), 10.45, atol=1e-9)',
#     # prices made with a known sigma give that sigma back
#     'np.isclose(implied_volatility(100 * scipy.stats.norm.cdf((0.05 + 0.2**2 / 2) / 0.2) - 100 * np.exp(-0.05) * scipy.stats.norm.cdf((0.05 - 0.2**2 / 2) / 0.2), 100.0, 100.0, 1.0, 0.05), 0.2, atol=1e-8)',
#     'np.isclose(implied_volatility(50 * scipy.stats.norm.cdf((np.log(50 / 60) + (0.01 + 0.45**2 / 2) * 0.5) / (0.45 * np.sqrt(0.5))) - 60 * np.exp(-0.01 * 0.5) * scipy.stats.norm.cdf((np.log(50 / 60) + (0.01 - 0.45**2 / 2) * 0.5) / (0.45 * np.sqrt(0.5))), 50.0, 60.0, 0.5, 0.01), 0.45, atol=1e-8)',
#     'np.isclose(implied_volatility(200 * scipy.stats.norm.cdf((np.log(2) + (0.03 + 1.3**2 / 2) * 2) / (1.3 * np.sqrt(2))) - 100 * np.exp(-0.06) * scipy.stats.norm.cdf((np.log(2) + (0.03 - 1.3**2 / 2) * 2) / (1.3 * np.sqrt(2))), 200.0, 100.0, 2.0, 0.03), 1.3, atol=1e-8)',
#     'bound_error == "price outside no-arbitrage bounds"',
#     # 12 lies above S - K = 10 but below the discounted floor S - K exp(-r T) = 14.39
#     'floor_error == "price outside no-arbitrage bounds"',
#     'isinstance(quoted_vol, float)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'root-finding', 'validation']
# ///
import numpy as np
from scipy import optimize, stats


def implied_volatility(price, spot, strike, years, rate):
    """Black-Scholes volatility implied by a European call price.

    Solves bs_call(sigma) = price for sigma in [1e-6, 5] with a bracketing
    root finder (xtol 1e-12), where bs_call is the Black-Scholes price
    S N(d1) - K exp(-r T) N(d2). Returns a float. Raises
    ValueError("price outside no-arbitrage bounds") unless
    max(S - K exp(-r T), 0) < price < S.
    """
    discounted_strike = strike * np.exp(-rate * years)
    if not max(spot - discounted_strike, 0.0) < price < spot:
        raise ValueError("price outside no-arbitrage bounds")

    def pricing_error(sigma):
        d1 = (np.log(spot / strike) + (rate + sigma**2 / 2) * years) / (sigma * np.sqrt(years))
        d2 = d1 - sigma * np.sqrt(years)
        return spot * stats.norm.cdf(d1) - discounted_strike * stats.norm.cdf(d2) - price

    # the call price rises monotonically with sigma, so the bracket holds exactly one root
    return float(optimize.brentq(pricing_error, 1e-6, 5.0, xtol=1e-12))


quoted_vol = implied_volatility(10.45, 100.0, 100.0, 1.0, 0.05)

try:
    implied_volatility(120.0, 100.0, 100.0, 1.0, 0.05)
except ValueError as error:
    bound_error = str(error)

try:
    implied_volatility(12.0, 100.0, 90.0, 1.0, 0.05)
except ValueError as error:
    floor_error = str(error)
