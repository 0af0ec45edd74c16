import numpy as np
import pandas as pd


def range_limited_summary(values, lower, upper, include_lower=True):
    """Mean and sample standard deviation of the values inside [lower, upper].

    Values outside the range (and NaN) are ignored; `upper` is always
    inclusive, `lower` only when include_lower is True. Returns a dict
    with keys "n" (values used), "mean" and "sd" (ddof=1); "sd" is NaN
    when fewer than 2 values are used and "mean" is NaN when none is.
    """
    s = pd.Series(values, dtype=float).dropna()
    kept = s[s.between(lower, upper, inclusive="both" if include_lower else "right")]
    return {
        "n": len(kept),
        "mean": kept.mean() if len(kept) else np.nan,
        "sd": kept.std(ddof=1) if len(kept) >= 2 else np.nan,
    }


readings = pd.DataFrame({"hr": [58, 61, 250, 0, 64, 72, 40, 199]})
hr_summary = range_limited_summary(readings["hr"], 40, 200, include_lower=False)
