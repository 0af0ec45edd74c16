import numpy as np
from scipy.optimize import root_scalar


def yield_to_maturity(price, coupon, face, years):
    """Annual yield r at which a bond paying `coupon` at the end of each of
    `years` years plus `face` at maturity is worth `price`:
        price = sum_{t=1..years} coupon / (1 + r)**t + face / (1 + r)**years.
    Solved with Newton's method (analytic derivative) from r = coupon / face.
    Returns r as a float. Raises ValueError if price, face or years is not
    positive.
    """
    if min(price, face, years) <= 0:
        raise ValueError(f"invalid bond: price={price}, face={face}, years={years}")
    periods = np.arange(1, years + 1)
    flows = coupon + face * (periods == years)

    def value_and_slope(r):
        discount = (1 + r) ** -periods
        return flows @ discount - price, -(periods * flows) @ (discount / (1 + r))

    # fprime=True: the function returns the value and its derivative together
    solution = root_scalar(
        value_and_slope, x0=coupon / face, fprime=True, method="newton", xtol=1e-14
    )
    return float(solution.root)
