import numpy as np
import pandas as pd
from scipy import stats


def pct_rank_within(df, value_col, group_col):
    """Percentile rank in (0, 1] of each value within its group.

    The rank is the value's position among its group's non-missing values
    (1 for the smallest) divided by their count; tied values share the
    average of their positions. Missing values stay NaN and are not
    counted. Returns a float Series aligned with df.index.
    """
    values = df[value_col].to_numpy(dtype=float)
    keys = df[group_col].to_numpy()
    result = np.full(len(df), np.nan)
    for key in pd.unique(keys[pd.notna(keys)]):
        rows = np.flatnonzero((keys == key) & ~np.isnan(values))
        if len(rows):
            result[rows] = stats.rankdata(values[rows]) / len(rows)
    return pd.Series(result, index=df.index)


time_pct = pct_rank_within(survival, value_col="time", group_col="group")
