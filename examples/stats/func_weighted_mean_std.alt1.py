import math

import pandas as pd


def weighted_mean_std(values, weights):
    """Weighted mean and weighted (population) standard deviation.

    mean = sum(w * x) / sum(w); std = sqrt(sum(w * (x - mean)**2) / sum(w)).
    Pairs where the value or the weight is NaN are dropped. Returns
    (mean, std) as floats. When a weight is negative or the remaining
    weights sum to 0, raises
    ValueError("weights must be non-negative with a positive sum").
    """
    pairs = pd.DataFrame(
        {
            "x": pd.Series(values, dtype=float).to_numpy(),
            "w": pd.Series(weights, dtype=float).to_numpy(),
        }
    ).dropna()
    total = pairs["w"].sum()
    if (pairs["w"] < 0).any() or total <= 0:
        raise ValueError("weights must be non-negative with a positive sum")
    mean = (pairs["x"] * pairs["w"]).sum() / total
    spread = (pairs["w"] * (pairs["x"] - mean) ** 2).sum() / total
    return float(mean), math.sqrt(spread)


price_stats = weighted_mean_std(orders["unit_price"], orders["quantity"])

try:
    weighted_mean_std([1.0, 2.0], [0, 0])
except ValueError as exc:
    weight_error = str(exc)

try:
    weighted_mean_std([1.0, 2.0], [-1.0, 3.0])
except ValueError as exc:
    negative_error = str(exc)
