import math

import pandas as pd


def cohens_d(a, b):
    """Cohen's d of two independent samples with the pooled standard deviation.

    d = (mean(a) - mean(b)) / s_p, s_p**2 = ((n_a - 1) var_a + (n_b - 1) var_b)
    / (n_a + n_b - 2), with ddof=1 variances. NaN values are dropped first.
    Raises ValueError("each sample needs at least 2 values") when a sample
    has fewer than 2 non-NaN values. When s_p is 0 it returns 0.0 if the
    means are equal and math.inf or -math.inf (the sign of the difference)
    otherwise.
    """
    first = pd.Series(a, dtype=float).dropna()
    second = pd.Series(b, dtype=float).dropna()
    n1, n2 = len(first), len(second)
    if min(n1, n2) < 2:
        raise ValueError("each sample needs at least 2 values")
    diff = first.mean() - second.mean()
    pooled_sd = math.sqrt(((n1 - 1) * first.var() + (n2 - 1) * second.var()) / (n1 + n2 - 2))
    if pooled_sd == 0:
        if diff == 0:
            return 0.0
        return math.inf if diff > 0 else -math.inf
    return float(diff / pooled_sd)


d = cohens_d(a, b)
try:
    cohens_d([1.0], [2.0, 3.0])
except ValueError as exc:
    short_error = str(exc)
