# /// example
# task = '''
# Write a function `summarize_sample` with the signature and docstring below. Apply it to the sample
# `event_counts` and store the dict in `count_summary`.
#
# ```python
# def summarize_sample(x):
#     """Summary of a 1-D numeric sample, ignoring NaN values.
#
#     Returns a dict with "n" (int, the non-NaN count), "mean", "sd" (ddof=1),
#     "sem" (sd / sqrt(n)), "median" and "iqr" (75th minus 25th percentile,
#     linear interpolation), all floats. For n < 2, "sd" and "sem" are NaN;
#     for n == 0 every value except "n" is NaN.
#     """
# ```'''
# prompt = """
# Every report starts with the same table, so I'd like `summarize_sample(x)` returning a dict with \
# `"n"` (count of non-NaN values), `"mean"`, `"sd"` (ddof=1), `"sem"`, `"median"` and `"iqr"` \
# (interquartile range, linear interpolation), ignoring NaNs; with fewer than 2 values `"sd"` and \
# `"sem"` are NaN, and with none everything but `"n"` is NaN. Run it on my `event_counts` and keep \
# the dict in `count_summary`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { event_counts = 'event_counts' }
# checks = [
#     '(lambda s: s["n"] == 4 and np.allclose([s[key] for key in ("mean", "sd", "sem", "median", "iqr")], [2.5, np.std([1, 2, 3, 4], ddof=1), np.std([1, 2, 3, 4], ddof=1) / 2, 2.5, 1.5]))(summarize_sample([1.0, 2.0, 3.0, 4.0]))',
#     '(lambda s: s["n"] == 1 and s["mean"] == s["median"] == 7.0 and s["iqr"] == 0.0 and np.isnan(s["sd"]) and np.isnan(s["sem"]))(summarize_sample([np.nan, 7.0]))',
#     '(lambda s: s["n"] == 0 and all(np.isnan(s[key]) for key in ("mean", "sd", "sem", "median", "iqr")))(summarize_sample([]))',
#     'np.isclose(summarize_sample([10.0, 0.0, 4.0, 6.0, 2.0])["iqr"], 4.0)',
#     'count_summary["n"] == len(event_counts) and np.isclose(count_summary["mean"], np.mean(event_counts)) and np.isclose(count_summary["median"], np.median(event_counts))',
#     'np.isclose(count_summary["iqr"], np.subtract(*np.percentile(event_counts, [75, 25])))',
#     'np.isclose(count_summary["sem"], scipy.stats.sem(event_counts)) and np.isclose(count_summary["sd"], np.std(event_counts, ddof=1))',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'descriptive-statistics', 'quantiles', 'missing-data']
# edge_cases = { min_size = 2, why = "the standard deviation and its standard error need two counts" }
# ///
import numpy as np
from scipy import stats


def summarize_sample(x):
    """Summary of a 1-D numeric sample, ignoring NaN values.

    Returns a dict with "n" (int, the non-NaN count), "mean", "sd" (ddof=1),
    "sem" (sd / sqrt(n)), "median" and "iqr" (75th minus 25th percentile,
    linear interpolation), all floats. For n < 2, "sd" and "sem" are NaN;
    for n == 0 every value except "n" is NaN.
    """
    x = np.asarray(x, dtype=float)
    x = x[~np.isnan(x)]
    n = len(x)
    if n == 0:
        return {"n": 0, **dict.fromkeys(["mean", "sd", "sem", "median", "iqr"], np.nan)}
    spread = float(np.std(x, ddof=1)) if n > 1 else np.nan
    return {
        "n": n,
        "mean": float(np.mean(x)),
        "sd": spread,
        # the standard error of the mean uses the same ddof=1 standard deviation
        "sem": float(stats.sem(x)) if n > 1 else np.nan,
        "median": float(np.median(x)),
        "iqr": float(stats.iqr(x)),
    }


count_summary = summarize_sample(event_counts)
