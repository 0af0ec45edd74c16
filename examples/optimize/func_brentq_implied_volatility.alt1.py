import math

from scipy.optimize import root_scalar
from scipy.stats import norm


def implied_volatility(price, spot, strike, years, rate):
    """Black-Scholes volatility implied by a European call price.

    Solves bs_call(sigma) = price for sigma in [1e-6, 5] with a bracketing
    root finder (xtol 1e-12), where bs_call is the Black-Scholes price
    S N(d1) - K exp(-r T) N(d2). Returns a float. Raises
    ValueError("price outside no-arbitrage bounds") unless
    max(S - K exp(-r T), 0) < price < S.
    """
    pv_strike = strike * math.exp(-rate * years)
    lower_bound = max(spot - pv_strike, 0.0)
    if price <= lower_bound or price >= spot:
        raise ValueError("price outside no-arbitrage bounds")

    def call_price(sigma):
        spread = sigma * math.sqrt(years)
        d1 = (math.log(spot / strike) + rate * years) / spread + spread / 2
        return spot * norm.cdf(d1) - pv_strike * norm.cdf(d1 - spread)

    solution = root_scalar(
        lambda s: call_price(s) - price, bracket=[1e-6, 5.0], method="toms748", xtol=1e-12
    )
    return float(solution.root)


quoted_vol = implied_volatility(10.45, 100.0, 100.0, 1.0, 0.05)
try:
    implied_volatility(120.0, 100.0, 100.0, 1.0, 0.05)
except ValueError as exc:
    bound_error = str(exc)
try:
    implied_volatility(12.0, 100.0, 90.0, 1.0, 0.05)
except ValueError as exc:
    floor_error = str(exc)
