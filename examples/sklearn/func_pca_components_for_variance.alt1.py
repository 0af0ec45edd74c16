import numpy as np


def components_for_variance(X, threshold=0.9):
    """Smallest number of principal components of the standardised
    columns of X whose cumulative explained variance ratio reaches
    `threshold` (0 < threshold <= 1).

    Columns are z-scored first (constant columns become 0). Returns an
    int; 0 when no column varies. For fewer than 2 rows, raises
    ValueError("need at least 2 rows").
    """
    data = np.asarray(X, dtype=float)
    if len(data) < 2:
        raise ValueError("need at least 2 rows")
    varying = np.ptp(data, axis=0) > 0
    centred = data - data.mean(axis=0)
    # a constant column stays all zeros instead of dividing rounding noise by rounding noise
    scaled = np.zeros_like(centred)
    scaled[:, varying] = centred[:, varying] / data[:, varying].std(axis=0)
    variances = np.linalg.svd(scaled, compute_uv=False) ** 2
    if variances.sum() == 0:
        return 0
    ratio = np.cumsum(variances) / variances.sum()
    return int(np.searchsorted(ratio, threshold - 1e-12)) + 1


n_keep = components_for_variance(measurements, threshold=0.9)

try:
    components_for_variance([[1.0, 2.0, 3.0]])
except ValueError as error:
    rows_error = str(error)
