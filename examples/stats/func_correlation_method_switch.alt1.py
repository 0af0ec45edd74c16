import pandas as pd
from scipy import stats


def correlate(x, y, method="pearson"):
    """Correlation coefficient and two-sided p-value of two paired samples.

    method is "pearson", "spearman" or "kendall" (Kendall's tau-b). Pairs
    where either value is NaN are dropped first. Returns (r, p_value) as
    floats. Raises ValueError(f"unknown method: {method}") for any other
    method.
    """
    functions = {
        "pearson": stats.pearsonr,
        "spearman": stats.spearmanr,
        "kendall": stats.kendalltau,
    }
    try:
        test = functions[method]
    except KeyError:
        raise ValueError(f"unknown method: {method}") from None
    pairs = pd.DataFrame({"x": x, "y": y}, dtype=float).dropna()
    r, p = test(pairs["x"], pairs["y"])
    return float(r), float(p)


rank_corr = correlate(x, y, method="spearman")

try:
    correlate(x, y, method="distance")
except ValueError as exc:
    method_error = str(exc)
