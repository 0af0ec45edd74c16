import numpy as np


def clipped_mean(values, n_sigma=3.0):
    """Mean of `values` after iterative sigma clipping.

    Repeatedly drops the values lying more than `n_sigma` population standard
    deviations (ddof=0) from the mean of the values kept so far, until a pass
    drops nothing; a value exactly `n_sigma` deviations away is kept.
    Returns (mean of the kept values, number of values dropped). NaN values
    are ignored and not counted as dropped. Raises ValueError when there is
    no non-NaN value.
    """
    data = np.asarray(values, dtype=float)
    data = data[~np.isnan(data)]
    if len(data) == 0:
        raise ValueError("no non-NaN values to average")
    n_start = len(data)
    while True:
        centre, sd = data.mean(), data.std()
        keep = np.abs(data - centre) <= n_sigma * sd
        if keep.all():
            break
        data = data[keep]
    return data.mean(), n_start - len(data)


flux_summary = clipped_mean([10.2, 9.8, 10.1, 10.0, 9.9, 10.3, 55.0, 10.1], n_sigma=2)
try:
    clipped_mean([np.nan, np.nan])
except ValueError as err:
    empty_message = str(err)
