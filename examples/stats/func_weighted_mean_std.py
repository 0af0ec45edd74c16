# /// example
# task = '''
# Write a function `weighted_mean_std` with the signature and docstring below. Apply it to the
# `unit_price` column of the DataFrame `orders` weighted by its `quantity` column and store the
# tuple in `price_stats`; store in `weight_error` the message raised by
# `weighted_mean_std([1.0, 2.0], [0, 0])` and in `negative_error` the message raised by
# `weighted_mean_std([1.0, 2.0], [-1.0, 3.0])`.
#
# ```python
# def weighted_mean_std(values, weights):
#     """Weighted mean and weighted (population) standard deviation.
#
#     mean = sum(w * x) / sum(w); std = sqrt(sum(w * (x - mean)**2) / sum(w)).
#     Pairs where the value or the weight is NaN are dropped. Returns
#     (mean, std) as floats. When a weight is negative or the remaining
#     weights sum to 0, raises
#     ValueError("weights must be non-negative with a positive sum").
#     """
# ```'''
# prompt = """
# Our order lines repeat a price `quantity` times, so I need a quantity-weighted average price and \
# spread. Write `weighted_mean_std(values, weights)` that returns `(mean, std)` as floats: the \
# weighted mean and the population weighted SD (weights summing in the denominator, no ddof \
# correction), skipping pairs where either number is NaN, and raising \
# `ValueError("weights must be non-negative with a positive sum")` for negative weights or weights \
# summing to zero. Apply it to `unit_price` weighted by `quantity` in `orders` into `price_stats`, \
# keep the message from `weighted_mean_std([1.0, 2.0], [0, 0])` in `weight_error` and the one \
# from `weighted_mean_std([1.0, 2.0], [-1.0, 3.0])` in `negative_error`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['numpy']
# inputs = { orders = 'orders' }
# checks = [
#     # integer weights behave as repeated observations
#     'np.allclose(weighted_mean_std([2.0, 5.0, 9.0], [3, 1, 2]), (np.mean(np.repeat([2.0, 5.0, 9.0], [3, 1, 2])), np.std(np.repeat([2.0, 5.0, 9.0], [3, 1, 2]))))',
#     'np.allclose(weighted_mean_std([1.0, np.nan, 4.0, 10.0], [0.5, 2.0, 1.5, np.nan]), (3.25, np.sqrt((0.5 * 2.25**2 + 1.5 * 0.75**2) / 2.0)))',
#     'np.allclose(weighted_mean_std([7.0], [4.0]), (7.0, 0.0))',
#     'weight_error == "weights must be non-negative with a positive sum"',
#     # the weights sum to 2, so only the negative weight can raise here
#     'negative_error == "weights must be non-negative with a positive sum"',
#     'all(isinstance(v, float) for v in price_stats)',
#     '(lambda d: np.allclose(price_stats, (np.average(d["unit_price"], weights=d["quantity"]), np.sqrt(np.cov(d["unit_price"], aweights=d["quantity"], ddof=0)))))(orders[["unit_price", "quantity"]].dropna().astype(float))',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'descriptive-statistics', 'aggregation', 'validation']
# edge_cases = true
# ///
import numpy as np


def weighted_mean_std(values, weights):
    """Weighted mean and weighted (population) standard deviation.

    mean = sum(w * x) / sum(w); std = sqrt(sum(w * (x - mean)**2) / sum(w)).
    Pairs where the value or the weight is NaN are dropped. Returns
    (mean, std) as floats. When a weight is negative or the remaining
    weights sum to 0, raises
    ValueError("weights must be non-negative with a positive sum").
    """
    values = np.asarray(values, dtype=float)
    weights = np.asarray(weights, dtype=float)
    keep = ~(np.isnan(values) | np.isnan(weights))
    values, weights = values[keep], weights[keep]
    if (weights < 0).any() or weights.sum() <= 0:
        raise ValueError("weights must be non-negative with a positive sum")
    mean = np.average(values, weights=weights)
    # the weighted variance uses the same weights around the weighted mean
    variance = np.average((values - mean) ** 2, weights=weights)
    return float(mean), float(np.sqrt(variance))


price_stats = weighted_mean_std(orders["unit_price"], orders["quantity"])

try:
    weighted_mean_std([1.0, 2.0], [0, 0])
except ValueError as error:
    weight_error = str(error)

try:
    weighted_mean_std([1.0, 2.0], [-1.0, 3.0])
except ValueError as error:
    negative_error = str(error)
