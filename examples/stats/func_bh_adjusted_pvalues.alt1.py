import numpy as np
import pandas as pd


def bh_adjust(pvalues):
    """Benjamini-Hochberg adjusted p-values (false discovery rate).

    For the m non-NaN p-values sorted ascending, the adjusted value of the
    i-th smallest is min over j >= i of p_(j) * m / j, capped at 1.
    Returns a float array in the input's order; NaN p-values stay NaN and
    do not count in m. An empty input gives an empty array.
    """
    p = pd.Series(pvalues, dtype=float)
    present = p.dropna().sort_values(kind="stable")
    m = len(present)
    scaled = present * m / np.arange(1, m + 1)
    # cumulative minimum taken from the largest p-value downwards
    stepped = scaled[::-1].cummin()[::-1].clip(upper=1.0)
    return stepped.reindex(p.index).to_numpy()


adjusted = bh_adjust([0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205])
