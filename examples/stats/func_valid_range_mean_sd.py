# /// example
# task = '''
# Write a function `range_limited_summary` with the signature and docstring below, apply it to
# the heart-rate column `hr` of the table `readings` built from the values 58, 61, 250, 0, 64,
# 72, 40, 199 with the plausible range 40 to 200 beats per minute, lower limit exclusive, and
# store the returned dict in `hr_summary`.
#
# ```python
# def range_limited_summary(values, lower, upper, include_lower=True):
#     """Mean and sample standard deviation of the values inside [lower, upper].
#
#     Values outside the range (and NaN) are ignored; `upper` is always
#     inclusive, `lower` only when include_lower is True. Returns a dict
#     with keys "n" (values used), "mean" and "sd" (ddof=1); "sd" is NaN
#     when fewer than 2 values are used and "mean" is NaN when none is.
#     """
# ```'''
# prompt = """
# Our heart-rate sensor logs junk values (0, 250, ...). I want `range_limited_summary(values, \
# lower, upper, include_lower=True)` returning a dict with `"n"`, `"mean"` and `"sd"` (sample \
# SD, ddof=1) of just the values within `[lower, upper]`, `upper` always included and `lower` \
# only if `include_lower`; NaNs ignored; `"sd"` NaN with fewer than 2 values and `"mean"` NaN \
# with none. Then put my readings `58, 61, 250, 0, 64, 72, 40, 199` in a table `readings` \
# (column `hr`) and summarise them with range `40` to `200`, excluding the lower limit, as \
# `hr_summary`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy', 'pandas']
# inputs = {}
# checks = [
#     # 0 and 100 are outside, 10 on the inclusive upper limit is kept
#     '(lambda r: r["n"] == 3 and np.isclose(r["mean"], 20 / 3) and np.isclose(r["sd"], np.std([4, 6, 10], ddof=1)))(range_limited_summary([4, 6, 10, 0, 100], 1, 10))',
#     # with include_lower=False the value on the lower limit (4) goes
#     '(lambda r: r["n"] == 2 and np.isclose(r["mean"], 8) and np.isclose(r["sd"], np.std([6, 10], ddof=1)))(range_limited_summary([4, 6, 10, np.nan], 4, 10, include_lower=False))',
#     '(lambda r: r["n"] == 1 and np.isclose(r["mean"], 5) and np.isnan(r["sd"]))(range_limited_summary([5, 50], 0, 10))',
#     '(lambda r: r["n"] == 0 and np.isnan(r["mean"]) and np.isnan(r["sd"]))(range_limited_summary([50, 60], 0, 10))',
#     'list(readings["hr"]) == [58, 61, 250, 0, 64, 72, 40, 199]',
#     'hr_summary["n"] == len([58, 61, 64, 72, 199]) and np.isclose(hr_summary["mean"], np.mean([58, 61, 64, 72, 199])) and np.isclose(hr_summary["sd"], np.std([58, 61, 64, 72, 199], ddof=1))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'descriptive-statistics', 'data-cleaning', 'outliers']
# ///
import numpy as np
import pandas as pd
from scipy import stats


def range_limited_summary(values, lower, upper, include_lower=True):
    """Mean and sample standard deviation of the values inside [lower, upper].

    Values outside the range (and NaN) are ignored; `upper` is always
    inclusive, `lower` only when include_lower is True. Returns a dict
    with keys "n" (values used), "mean" and "sd" (ddof=1); "sd" is NaN
    when fewer than 2 values are used and "mean" is NaN when none is.
    """
    values = np.asarray(values, dtype=float)
    values = values[~np.isnan(values)]
    inside = (values <= upper) & ((values >= lower) if include_lower else (values > lower))
    n = int(inside.sum())
    if n == 0:
        return {"n": 0, "mean": np.nan, "sd": np.nan}
    # tmean/tstd apply the limits themselves; `inclusive` says which limits count as inside
    limits, inclusive = (lower, upper), (include_lower, True)
    mean = stats.tmean(values, limits=limits, inclusive=inclusive)
    sd = stats.tstd(values, limits=limits, inclusive=inclusive) if n >= 2 else np.nan
    return {"n": n, "mean": float(mean), "sd": float(sd)}


readings = pd.DataFrame({"hr": [58, 61, 250, 0, 64, 72, 40, 199]})
hr_summary = range_limited_summary(readings["hr"], 40, 200, include_lower=False)
