import numpy as np


def reconstruction_error(X_train, X_new, variance=0.9):
    """Anomaly score of each row of X_new: its squared PCA reconstruction
    error in standardised units.

    X_train is standardised (StandardScaler) and a PCA is fitted keeping the
    fewest components whose cumulative explained variance ratio exceeds
    `variance` (0 < variance < 1). Each row of X_new is standardised with
    the training means and SDs, projected onto the components, mapped back,
    and scored by the sum of squared differences to its standardised self.
    Returns a 1-D float array with one error per row of X_new. Raises
    ValueError("X_train has no variance") when every column of X_train is
    constant.
    """
    X_train = np.asarray(X_train, dtype=float)
    if np.all(X_train.max(axis=0) == X_train.min(axis=0)):
        raise ValueError("X_train has no variance")
    mean = X_train.mean(axis=0)
    sd = X_train.std(axis=0)
    # constant columns are only centred, as StandardScaler does (their computed SD may be a rounding speck)
    sd[np.ptp(X_train, axis=0) == 0] = 1.0
    Z_train = (X_train - mean) / sd
    _, singular, components = np.linalg.svd(Z_train, full_matrices=False)
    ratio = np.cumsum(singular**2) / np.sum(singular**2)
    k = int(np.searchsorted(ratio, variance, side="right")) + 1
    basis = components[:k]
    Z_new = (np.asarray(X_new, dtype=float) - mean) / sd
    residual = Z_new - (Z_new @ basis.T) @ basis
    return np.sum(residual**2, axis=1)


half = len(X) // 2
errors = reconstruction_error(X[:half], X[half:], variance=0.9)

try:
    reconstruction_error([[1.0, 2.0], [1.0, 2.0], [1.0, 2.0]], X[:1])
except ValueError as exc:
    flat_error = str(exc)
