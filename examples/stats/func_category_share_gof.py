# /// example
# task = '''
# Write a function `share_gof` with the signature and docstring below. Apply it to the `event`
# column of the DataFrame `events` with the expected shares view 0.6, click 0.3, purchase 0.1,
# and store the tuple in `gof`; store in `unknown_error` the message raised by
# `share_gof(["view", "refund"], {"view": 0.5, "click": 0.5})`, which is
# `"unexpected category: refund"`.
#
# ```python
# def share_gof(labels, expected):
#     """Chi-square goodness-of-fit of observed category labels against
#     expected shares.
#
#     `expected` maps each category to its expected share; the shares are
#     rescaled to sum to 1. Categories of `expected` that never occur count
#     as 0 observations. Missing labels are dropped. Returns
#     (chi2_statistic, p_value) as floats with len(expected) - 1 degrees of
#     freedom. Raises ValueError("unexpected category: <label>") for a label
#     not in `expected`.
#     """
# ```'''
# prompt = """
# I keep checking whether the mix of categories in a log matches what we planned. Please write \
# `share_gof(labels, expected)`, where `expected` is a dict of category -> expected share (rescale \
# the shares so they sum to 1): count the labels (categories that never show up count as zero, \
# missing labels are ignored), run a chi-square goodness-of-fit test and return `(chi2_statistic, \
# p_value)` as floats. A label that isn't in the dict should raise \
# `ValueError("unexpected category: <label>")`. Run it on the `event` column of `events` with \
# `view` `0.6`, `click` `0.3` and `purchase` `0.1`, into `gof`, and keep the error message of \
# `share_gof(["view", "refund"], {"view": 0.5, "click": 0.5})` (that is \
# `"unexpected category: refund"`) in `unknown_error`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { events = 'events' }
# checks = [
#     'np.allclose(share_gof(["a"] * 30 + ["b"] * 50 + ["c"] * 20, {"a": 0.25, "b": 0.5, "c": 0.25}), scipy.stats.chisquare([30, 50, 20], [25, 50, 25]))',
#     # shares given as percentages are rescaled; "z" never occurs and "None" is dropped
#     'np.allclose(share_gof(["x", "y", None, "x", "x", "y"], {"x": 50, "y": 30, "z": 20}), scipy.stats.chisquare([3, 2, 0], [2.5, 1.5, 1.0]))',
#     # observed counts that match the expected shares exactly
#     'np.allclose(share_gof(pd.Categorical(["lo", "hi", "hi", "hi", "lo", "hi"]), {"hi": 2, "lo": 1}), (0.0, 1.0))',
#     'unknown_error == "unexpected category: refund"',
#     'all(isinstance(v, float) for v in gof) and 0 <= gof[1] <= 1',
#     '(lambda c: np.allclose(gof, scipy.stats.chisquare(c.to_numpy(), np.array([0.6, 0.3, 0.1]) * c.sum())))(events["event"].value_counts().reindex(["view", "click", "purchase"], fill_value=0))',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'goodness-of-fit', 'hypothesis-test', 'counting', 'validation']
# edge_cases = true
# ///
import pandas as pd
from scipy import stats


def share_gof(labels, expected):
    """Chi-square goodness-of-fit of observed category labels against
    expected shares.

    `expected` maps each category to its expected share; the shares are
    rescaled to sum to 1. Categories of `expected` that never occur count
    as 0 observations. Missing labels are dropped. Returns
    (chi2_statistic, p_value) as floats with len(expected) - 1 degrees of
    freedom. Raises ValueError("unexpected category: <label>") for a label
    not in `expected`.
    """
    labels = pd.Series(labels, dtype=object).dropna()
    unknown = set(labels) - set(expected)
    if unknown:
        raise ValueError(f"unexpected category: {sorted(map(str, unknown))[0]}")
    # reindex gives the categories that never occur a count of zero
    observed = labels.value_counts().reindex(list(expected), fill_value=0)
    shares = pd.Series(expected, dtype=float)
    expected_counts = shares / shares.sum() * observed.sum()
    result = stats.chisquare(observed.to_numpy(), expected_counts.to_numpy())
    return float(result.statistic), float(result.pvalue)


gof = share_gof(events["event"], {"view": 0.6, "click": 0.3, "purchase": 0.1})

try:
    share_gof(["view", "refund"], {"view": 0.5, "click": 0.5})
except ValueError as error:
    unknown_error = str(error)
