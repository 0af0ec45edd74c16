import math

import pandas as pd


def summarize_sample(x):
    """Summary of a 1-D numeric sample, ignoring NaN values.

    Returns a dict with "n" (int, the non-NaN count), "mean", "sd" (ddof=1),
    "sem" (sd / sqrt(n)), "median" and "iqr" (75th minus 25th percentile,
    linear interpolation), all floats. For n < 2, "sd" and "sem" are NaN;
    for n == 0 every value except "n" is NaN.
    """
    values = pd.Series(x, dtype=float).dropna()
    n = int(values.count())
    sd = float(values.std()) if n else math.nan  # pandas gives NaN for a single value
    return {
        "n": n,
        "mean": float(values.mean()) if n else math.nan,
        "sd": sd,
        "sem": sd / math.sqrt(n) if n else math.nan,
        "median": float(values.median()) if n else math.nan,
        "iqr": float(values.quantile(0.75) - values.quantile(0.25)) if n else math.nan,
    }


count_summary = summarize_sample(event_counts)
