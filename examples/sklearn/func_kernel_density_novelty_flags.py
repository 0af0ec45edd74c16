# /// example
# task = '''
# Write a function `low_density_flags` with the signature and docstring below. Apply it with
# `bandwidth=0.5` and `quantile=0.05` to the reference points `X` (training) and the query
# points `[[0, 0], [6, -6]]`, storing the returned boolean array in `query_flags`; call it with
# `quantile=1.5` too, catch the `ValueError` and store its message in `quantile_message`.
#
# ```python
# def low_density_flags(X_train, X_new, bandwidth, quantile=0.05):
#     """Flag rows of X_new that lie in low-density regions of X_train.
#
#     Fits a Gaussian kernel density estimate with the given bandwidth to
#     X_train, computes the log-density of every training row and takes its
#     `quantile` (NumPy's default interpolation) as the threshold; a new row
#     is flagged (True) when its log-density is strictly below the threshold.
#     Returns a boolean array with one entry per row of X_new. Raises
#     ValueError unless 0 < quantile < 1.
#     """
# ```'''
# prompt = """
# I want a simple novelty detector from a kernel density: `low_density_flags(X_train, X_new, \
# bandwidth, quantile=0.05)` fits a Gaussian KDE with that bandwidth on `X_train`, uses the \
# `quantile` of the training points' own log-densities as a cut-off and flags (True) new rows \
# whose log-density is strictly below it; `quantile` must be strictly between 0 and 1, otherwise \
# `ValueError`. Run it on my points `X` with `bandwidth=0.5`, `quantile=0.05` for the query rows \
# `[[0, 0], [6, -6]]` into `query_flags`, and show the message for `quantile=1.5` in \
# `quantile_message`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'blobs.X' }
# checks = [
#     # 1-D Gaussian KDE by hand: log of the mean of normal densities centred on the training points
#     '(lambda tr, q, bw: np.array_equal(low_density_flags(tr, q, bandwidth=bw, quantile=0.5), np.log(scipy.stats.norm.pdf(q - tr.T, scale=bw).mean(axis=1)) < np.quantile(np.log(scipy.stats.norm.pdf(tr - tr.T, scale=bw).mean(axis=1)), 0.5)))(np.array([[0.0], [0.2], [0.3], [1.0], [3.0]]), np.array([[0.1], [2.0], [3.0], [10.0]]), 0.4)',
#     'np.array_equal(low_density_flags(np.array([[0.0], [0.1], [-0.1], [0.05]]), np.array([[0.0], [5.0]]), bandwidth=0.2), [False, True])',
#     '(lambda tr: low_density_flags(tr, tr, bandwidth=1.0, quantile=0.3).sum() == np.sum(np.log(scipy.stats.norm.pdf(tr - tr.T, scale=1.0).mean(axis=1)) < np.quantile(np.log(scipy.stats.norm.pdf(tr - tr.T, scale=1.0).mean(axis=1)), 0.3)))(np.random.default_rng(0).normal(size=(40, 1)))',
#     '(lambda k: np.array_equal(query_flags, k.score_samples(np.array([[0.0, 0.0], [6.0, -6.0]])) < np.quantile(k.score_samples(X), 0.05)))(sklearn.neighbors.KernelDensity(bandwidth=0.5).fit(X))',
#     'isinstance(quantile_message, str) and len(quantile_message) > 0',
#     # the bounds themselves are refused: a 0 or 1 quantile is no cut-off
#     'all(__import__("unittest").TestCase().assertRaises(ValueError, low_density_flags, np.zeros((3, 1)), np.zeros((1, 1)), 1.0, q) is None for q in (0.0, 1.0))',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'density-estimation', 'outliers', 'validation']
# edge_cases = true
# ///
import numpy as np
from sklearn.neighbors import KernelDensity


def low_density_flags(X_train, X_new, bandwidth, quantile=0.05):
    """Flag rows of X_new that lie in low-density regions of X_train.

    Fits a Gaussian kernel density estimate with the given bandwidth to
    X_train, computes the log-density of every training row and takes its
    `quantile` (NumPy's default interpolation) as the threshold; a new row
    is flagged (True) when its log-density is strictly below the threshold.
    Returns a boolean array with one entry per row of X_new. Raises
    ValueError unless 0 < quantile < 1.
    """
    if not 0 < quantile < 1:
        raise ValueError(f"quantile must be strictly between 0 and 1, got {quantile}")
    kde = KernelDensity(kernel="gaussian", bandwidth=bandwidth).fit(X_train)
    # score_samples returns log-densities, so the threshold is a log-density too
    threshold = np.quantile(kde.score_samples(X_train), quantile)
    return kde.score_samples(np.asarray(X_new, dtype=float)) < threshold


query_flags = low_density_flags(X, [[0, 0], [6, -6]], bandwidth=0.5, quantile=0.05)
try:
    low_density_flags(X, [[0, 0]], bandwidth=0.5, quantile=1.5)
except ValueError as error:
    quantile_message = str(error)
