import math

import numpy as np
import pandas as pd
from scipy.stats import ttest_1samp


def paired_ttest_report(before, after):
    """Two-sided paired t-test of after versus before.

    Pairs where either value is NaN are dropped. Returns a dict with "n"
    (int, pairs used), "mean_diff" (mean of after - before), "t", "p" and
    "df" (int, n - 1). When all differences are equal (up to floating-point
    rounding, np.allclose) the test is undefined and "t" and "p" are NaN.
    Raises ValueError("before and after need the same length") otherwise
    and ValueError("need at least 2 pairs") when fewer than 2 pairs remain.
    """
    if len(before) != len(after):
        raise ValueError("before and after need the same length")
    pairs = pd.DataFrame({"before": before, "after": after}, dtype=float).dropna()
    if len(pairs) < 2:
        raise ValueError("need at least 2 pairs")
    differences = (pairs["after"] - pairs["before"]).to_numpy()
    t = p = math.nan
    if not np.allclose(differences, differences[0]):
        # a paired t-test is a one-sample t-test of the differences against 0
        result = ttest_1samp(differences, 0.0)
        t, p = float(result.statistic), float(result.pvalue)
    n = len(differences)
    return {"n": n, "mean_diff": float(differences.mean()), "t": t, "p": p, "df": n - 1}


report = paired_ttest_report(before, after)

try:
    paired_ttest_report([1.0, 2.0, 3.0], [1.0, 2.0])
except ValueError as exc:
    length_error = str(exc)

try:
    paired_ttest_report([1.0, np.nan, 3.0], [2.0, 5.0, np.nan])
except ValueError as exc:
    pairs_error = str(exc)
