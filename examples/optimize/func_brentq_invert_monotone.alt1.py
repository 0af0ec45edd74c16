from scipy.optimize import root_scalar


def invert_increasing(func, target, lo, hi):
    """Solve func(x) = target for x in [lo, hi], where func is continuous
    and increasing on the interval, with a bracketing root finder
    (absolute x tolerance 1e-12).

    Returns x as a float (lo or hi when the target equals func there).
    Raises ValueError if target lies outside [func(lo), func(hi)].
    """
    low_value, high_value = func(lo), func(hi)
    if not low_value <= target <= high_value:
        raise ValueError("target outside the range of func on [lo, hi]")
    if target in (low_value, high_value):
        return float(lo if target == low_value else hi)
    # bisection only needs the sign change the range check above guarantees
    solution = root_scalar(
        lambda x: func(x) - target, bracket=(lo, hi), method="bisect", xtol=1e-12
    )
    return float(solution.root)
