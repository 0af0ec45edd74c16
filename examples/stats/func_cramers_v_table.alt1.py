import math

import numpy as np
from scipy.stats import chi2_contingency


def cramers_v(table):
    """Cramér's V of a two-way table of counts, without continuity correction:
    sqrt(chi2 / (n * (min(rows, cols) - 1))).

    Rows and columns whose total is 0 are dropped first. Returns a float in
    [0, 1]; 0.0 when fewer than 2 rows or 2 columns remain.
    """
    counts = np.array(table, dtype=float)
    counts = counts[counts.sum(axis=1) != 0, :]
    counts = counts[:, counts.sum(axis=0) != 0]
    rows, cols = counts.shape
    if rows < 2 or cols < 2:
        return 0.0
    chi2 = chi2_contingency(counts, correction=False).statistic
    return math.sqrt(chi2 / (counts.sum() * (min(rows, cols) - 1)))


strength = cramers_v(table)
