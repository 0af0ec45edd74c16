import numpy as np
import scipy.stats as st


def mannwhitney_effect(a, b):
    """Two-sided Mann-Whitney U test with the rank-biserial correlation.

    U is the statistic of the first sample (pairs with a > b count 1,
    ties 0.5); r = 2 * U / (n_a * n_b) - 1, so r = 1 when every value of a
    exceeds every value of b and -1 in the reverse case. NaN values are
    dropped. Returns (U, r, p_value) as floats. Raises
    ValueError("both samples need at least one value") when a sample is
    empty after dropping NaN.
    """
    x = np.asarray(a, dtype=float)
    y = np.asarray(b, dtype=float)
    x, y = x[~np.isnan(x)], y[~np.isnan(y)]
    if x.size == 0 or y.size == 0:
        raise ValueError("both samples need at least one value")
    # U from the rank sum of the first sample in the pooled ranking (midranks for ties)
    ranks = st.rankdata(np.concatenate([x, y]))
    u = ranks[: x.size].sum() - x.size * (x.size + 1) / 2
    p_value = st.mannwhitneyu(x, y).pvalue
    return float(u), float(2 * u / (x.size * y.size) - 1), float(p_value)


effect = mannwhitney_effect(a, b)

try:
    mannwhitney_effect([np.nan], [1.0, 2.0])
except ValueError as exc:
    empty_error = str(exc)
