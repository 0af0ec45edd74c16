# /// example
# task = '''
# Write a function `paired_ttest_report` with the signature and docstring below. Apply it to the
# measurements `before` and `after` of the same subjects and store the dict in `report`. Store in
# `length_error` the message raised for `[1.0, 2.0, 3.0]` and `[1.0, 2.0]`, and in `pairs_error`
# the one raised for `[1.0, np.nan, 3.0]` and `[2.0, 5.0, np.nan]`.
#
# ```python
# def paired_ttest_report(before, after):
#     """Two-sided paired t-test of after versus before.
#
#     Pairs where either value is NaN are dropped. Returns a dict with "n"
#     (int, pairs used), "mean_diff" (mean of after - before), "t", "p" and
#     "df" (int, n - 1). When all differences are equal (up to floating-point
#     rounding, np.allclose) the test is undefined and "t" and "p" are NaN.
#     Raises ValueError("before and after need the same length") otherwise
#     and ValueError("need at least 2 pairs") when fewer than 2 pairs remain.
#     """
# ```'''
# prompt = """
# For my before/after studies I want `paired_ttest_report(before, after)` returning a dict with \
# `"n"` (pairs used after dropping any pair with a NaN), `"mean_diff"` (after minus before), `"t"`, \
# `"p"` (two-sided paired t-test) and `"df"`. If every difference is the same (allowing for \
# rounding) `"t"` and `"p"` should be NaN. Raise `ValueError("before and after need the same \
# length")` for unequal lengths and `ValueError("need at least 2 pairs")` for fewer than 2 pairs. \
# Run it on my `before` and `after` and keep the dict in `report`; keep the message for \
# `[1.0, 2.0, 3.0]` against `[1.0, 2.0]` in `length_error`, and for `[1.0, np.nan, 3.0]` against \
# `[2.0, 5.0, np.nan]` in `pairs_error`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { before = 'paired.a', after = 'paired.b' }
# checks = [
#     '(lambda r: r["n"] == 4 and r["df"] == 3 and np.isclose(r["mean_diff"], 1.5) and np.allclose([r["t"], r["p"]], scipy.stats.ttest_rel([3.0, 5.0, 4.0, 6.0], [1.0, 4.0, 3.0, 4.0])))(paired_ttest_report([1.0, 4.0, 3.0, 4.0], [3.0, 5.0, 4.0, 6.0]))',
#     # the pair with a NaN is dropped from both samples
#     '(lambda r: r["n"] == 3 and np.isclose(r["mean_diff"], -2.0) and np.allclose([r["t"], r["p"]], scipy.stats.ttest_1samp([-1.0, -4.0, -1.0], 0.0)))(paired_ttest_report([5.0, 9.0, np.nan, 3.0], [4.0, 5.0, 1.0, 2.0]))',
#     '(lambda r: r["n"] == 3 and np.isclose(r["mean_diff"], 0.1) and np.isnan(r["t"]) and np.isnan(r["p"]))(paired_ttest_report([0.1, 0.2, 0.3], [0.2, 0.3, 0.4]))',
#     'length_error == "before and after need the same length"',
#     # each NaN removes its pair, which leaves a single complete pair
#     'pairs_error == "need at least 2 pairs"',
#     'report["n"] == len(before) and report["df"] == len(before) - 1 and np.isclose(report["mean_diff"], np.mean(np.asarray(after) - np.asarray(before)))',
#     'np.allclose([report["t"], report["p"]], scipy.stats.ttest_rel(after, before)) if not np.allclose(np.asarray(after) - np.asarray(before), (np.asarray(after) - np.asarray(before))[0]) else np.isnan(report["t"]) and np.isnan(report["p"])',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 't-test', 'paired-samples', 'hypothesis-test', 'validation']
# edge_cases = { min_size = 2, why = "a paired t-test needs at least two pairs" }
# ///
import numpy as np
from scipy import stats


def paired_ttest_report(before, after):
    """Two-sided paired t-test of after versus before.

    Pairs where either value is NaN are dropped. Returns a dict with "n"
    (int, pairs used), "mean_diff" (mean of after - before), "t", "p" and
    "df" (int, n - 1). When all differences are equal (up to floating-point
    rounding, np.allclose) the test is undefined and "t" and "p" are NaN.
    Raises ValueError("before and after need the same length") otherwise
    and ValueError("need at least 2 pairs") when fewer than 2 pairs remain.
    """
    before = np.asarray(before, dtype=float)
    after = np.asarray(after, dtype=float)
    if before.shape != after.shape:
        raise ValueError("before and after need the same length")
    complete = ~(np.isnan(before) | np.isnan(after))
    before, after = before[complete], after[complete]
    n = len(before)
    if n < 2:
        raise ValueError("need at least 2 pairs")
    diff = after - before
    if np.allclose(diff, diff[0]):
        # zero spread of the differences: the t statistic would divide by zero
        t, p = np.nan, np.nan
    else:
        t, p = stats.ttest_rel(after, before)
    return {"n": n, "mean_diff": float(diff.mean()), "t": float(t), "p": float(p), "df": n - 1}


report = paired_ttest_report(before, after)

try:
    paired_ttest_report([1.0, 2.0, 3.0], [1.0, 2.0])
except ValueError as error:
    length_error = str(error)

try:
    paired_ttest_report([1.0, np.nan, 3.0], [2.0, 5.0, np.nan])
except ValueError as error:
    pairs_error = str(error)
