import numpy as np
import scipy.stats as st


def kruskal_effect(*samples):
    """Kruskal-Wallis H test with the epsilon-squared effect size.

    NaN values are dropped. epsilon^2 = H / (n - 1), with n the total
    number of values, ranges from 0 to 1. Returns (H, p_value, epsilon_sq)
    as floats; when every value is identical returns (0.0, 1.0, 0.0).
    Raises ValueError("need at least two non-empty samples") when fewer
    than two samples hold values.
    """
    groups = [np.asarray(s, dtype=float) for s in samples]
    groups = [g[~np.isnan(g)] for g in groups if np.count_nonzero(~np.isnan(g))]
    if len(groups) < 2:
        raise ValueError("need at least two non-empty samples")
    pooled = np.concatenate(groups)
    n = pooled.size
    if np.all(pooled == pooled[0]):
        return 0.0, 1.0, 0.0
    # H from the rank sum of each group, divided by the tie correction
    ranks = st.rankdata(pooled)
    per_group = np.split(ranks, np.cumsum([g.size for g in groups])[:-1])
    h = 12 / (n * (n + 1)) * sum(r.sum() ** 2 / r.size for r in per_group) - 3 * (n + 1)
    h /= st.tiecorrect(ranks)
    p_value = st.chi2.sf(h, len(groups) - 1)
    return float(h), float(p_value), float(h / (n - 1))


kw = kruskal_effect(a, b, c)

try:
    kruskal_effect([1.0, 2.0], [np.nan])
except ValueError as error:
    samples_error = str(error)
