import math

import numpy as np
import scipy.stats


def fisher_by_group(group, event, groups):
    """Fisher's exact test of whether an event is more common in one of
    two groups.

    Builds the 2x2 table with rows groups[0], groups[1] and columns
    event True, event False (a group absent from the data gets a row of
    zeros; rows of other groups are ignored) and runs the two-sided
    test. Returns {"table": 2x2 int numpy array, "odds_ratio": float,
    "p_value": float}. When a row or a column of the table sums to 0 the
    odds ratio is NaN and the p-value 1.0.
    """
    labels = np.asarray(group, dtype=object)
    happened = np.asarray(event, dtype=bool)
    table = np.array(
        [[np.sum((labels == g) & happened), np.sum((labels == g) & ~happened)] for g in groups],
        dtype=int,
    )
    # an empty margin leaves nothing to compare
    if table.sum(axis=0).min() == 0 or table.sum(axis=1).min() == 0:
        return {"table": table, "odds_ratio": math.nan, "p_value": 1.0}
    odds_ratio, p_value = scipy.stats.fisher_exact(table, alternative="two-sided")
    return {"table": table, "odds_ratio": float(odds_ratio), "p_value": float(p_value)}


fisher = fisher_by_group(survival["group"], survival["event"], groups=("A", "B"))
