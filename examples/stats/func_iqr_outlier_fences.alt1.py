import numpy as np


def tukey_outliers(x, k=1.5):
    """Boolean mask of Tukey outliers in the 1-D array-like x.

    A value is an outlier when it lies strictly below Q1 - k * IQR or
    strictly above Q3 + k * IQR, where Q1, Q3 are the 25th and 75th
    percentiles (linear interpolation) of the non-NaN values. NaN values
    are never outliers. Returns an all-False mask if x has no non-NaN value.
    """
    x = np.asarray(x, dtype=float)
    mask = np.zeros(x.shape, dtype=bool)
    present = ~np.isnan(x)
    if not present.any():
        return mask
    q1, q3 = np.percentile(x[present], [25, 75])
    low, high = q1 - k * (q3 - q1), q3 + k * (q3 - q1)
    # only the present values are compared, so NaN stays False
    mask[present] = (x[present] < low) | (x[present] > high)
    return mask


is_outlier = tukey_outliers(readings)
