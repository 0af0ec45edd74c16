import numpy as np


def drop_low_variance(df, threshold=0.0):
    """Drop the columns of a numeric DataFrame whose variance is not above
    `threshold`.

    The variance is the population variance (ddof=0) of each column's
    non-NaN values, as VarianceThreshold computes it. Returns a new
    DataFrame with the kept columns in their original order and the same
    index; when no column passes, a DataFrame with no columns.
    """
    values = df.to_numpy(dtype=float)
    variances = np.nanvar(values, axis=0)
    if threshold == 0:
        # a constant column can get a tiny non-zero variance from rounding; its range is exactly 0
        variances = np.fmin(variances, np.nanmax(values, axis=0) - np.nanmin(values, axis=0))
    return df.loc[:, variances > threshold].copy()


kept = drop_low_variance(measurements, threshold=0.0)
