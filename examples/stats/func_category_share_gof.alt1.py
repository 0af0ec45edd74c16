from collections import Counter

import numpy as np
import scipy.stats


def share_gof(labels, expected):
    """Chi-square goodness-of-fit of observed category labels against
    expected shares.

    `expected` maps each category to its expected share; the shares are
    rescaled to sum to 1. Categories of `expected` that never occur count
    as 0 observations. Missing labels are dropped. Returns
    (chi2_statistic, p_value) as floats with len(expected) - 1 degrees of
    freedom. Raises ValueError("unexpected category: <label>") for a label
    not in `expected`.
    """
    counts = Counter(label for label in labels if label is not None and label == label)
    for label in counts:
        if label not in expected:
            raise ValueError(f"unexpected category: {label}")
    categories = list(expected)
    observed = np.array([counts.get(c, 0) for c in categories], dtype=float)
    probabilities = np.array([expected[c] for c in categories], dtype=float)
    probabilities /= probabilities.sum()
    chi2, p_value = scipy.stats.chisquare(observed, f_exp=probabilities * observed.sum())
    return float(chi2), float(p_value)


gof = share_gof(events["event"], {"view": 0.6, "click": 0.3, "purchase": 0.1})

try:
    share_gof(["view", "refund"], {"view": 0.5, "click": 0.5})
except ValueError as err:
    unknown_error = str(err)
