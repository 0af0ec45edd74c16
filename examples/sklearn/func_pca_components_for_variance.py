# /// example
# task = '''
# Write a function `components_for_variance` with the signature and docstring below. Apply it to
# the DataFrame `measurements` with `threshold=0.9` and store the count in `n_keep`; store in
# `rows_error` the message raised by `components_for_variance([[1.0, 2.0, 3.0]])`.
#
# ```python
# def components_for_variance(X, threshold=0.9):
#     """Smallest number of principal components of the standardised
#     columns of X whose cumulative explained variance ratio reaches
#     `threshold` (0 < threshold <= 1).
#
#     Columns are z-scored first (constant columns become 0). Returns an
#     int; 0 when no column varies. For fewer than 2 rows, raises
#     ValueError("need at least 2 rows").
#     """
# ```'''
# prompt = """
# How many principal components do I need? Write `components_for_variance(X, threshold=0.9)` that \
# standardises the columns (constant ones become zeros), runs PCA and returns, as an int, the \
# smallest number of components whose cumulative explained variance ratio reaches `threshold`; \
# `0` when nothing varies, and `ValueError("need at least 2 rows")` for fewer than 2 rows. Apply \
# it to `measurements` with `threshold=0.9`, into `n_keep`, and keep the message raised by \
# `components_for_variance([[1.0, 2.0, 3.0]])` in `rows_error`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { measurements = 'measurements' }
# checks = [
#     # two exact copies and an independent column: 2 components explain everything, 1 only 2/3;
#     # the default threshold is 0.9
#     '(lambda t: components_for_variance(np.column_stack([t, t, np.cos(3 * t)]), 0.6) == 1 and components_for_variance(np.column_stack([t, t, np.cos(3 * t)]), 0.9) == 2 and components_for_variance(np.column_stack([t, t, np.cos(3 * t)])) == 2)(np.linspace(0, 6, 50))',
#     '(lambda Z: components_for_variance(Z, 0.95) == int(np.searchsorted(np.cumsum(np.sort(np.linalg.eigvalsh(np.corrcoef(Z.T)))[::-1]) / Z.shape[1], 0.95) + 1))(np.random.default_rng(0).normal(size=(60, 5)) @ np.random.default_rng(1).normal(size=(5, 5)))',
#     'components_for_variance(np.ones((5, 3))) == 0 and components_for_variance([[1.0, 2.0], [3.0, 5.0], [4.0, 4.0]], 1.0) == 2',
#     'rows_error == "need at least 2 rows"',
#     'isinstance(n_keep, int) and 0 <= n_keep <= measurements.shape[1]',
#     # eigenvalues of the covariance of the z-scored columns, largest first
#     '(lambda M, v: (lambda Z: n_keep == 0 if not v.any() else (lambda ev: n_keep == int(np.argmax(np.cumsum(ev) / ev.sum() >= 0.9 - 1e-12)) + 1)(np.sort(np.clip(np.linalg.eigvalsh(np.atleast_2d(np.cov(Z.T))), 0, None))[::-1]))(np.where(v, (M - M.mean(axis=0)) / np.where(v, M.std(axis=0), 1.0), 0.0)))(measurements.to_numpy(dtype=float), np.ptp(measurements.to_numpy(dtype=float), axis=0) > 0)',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'dimensionality-reduction', 'standardization', 'validation']
# edge_cases = { min_size = 2, why = "explained variance needs at least two rows" }
# ///
import numpy as np
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler


def components_for_variance(X, threshold=0.9):
    """Smallest number of principal components of the standardised
    columns of X whose cumulative explained variance ratio reaches
    `threshold` (0 < threshold <= 1).

    Columns are z-scored first (constant columns become 0). Returns an
    int; 0 when no column varies. For fewer than 2 rows, raises
    ValueError("need at least 2 rows").
    """
    X = np.asarray(X, dtype=float)
    if X.shape[0] < 2:
        raise ValueError("need at least 2 rows")
    Z = StandardScaler().fit_transform(X)
    if not Z.any():
        return 0
    cumulative = np.cumsum(PCA().fit(Z).explained_variance_ratio_)
    # the small tolerance keeps a threshold of 1.0 reachable despite rounding
    return int(np.argmax(cumulative >= threshold - 1e-12)) + 1


n_keep = components_for_variance(measurements, threshold=0.9)

try:
    components_for_variance([[1.0, 2.0, 3.0]])
except ValueError as error:
    rows_error = str(error)
