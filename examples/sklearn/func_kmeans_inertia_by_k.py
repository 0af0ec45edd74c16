# /// example
# task = '''
# Write a function `inertia_by_k` with the signature and docstring below. Apply it to the points
# `X` with `k_values=range(1, 5)` and store the Series in `elbow`.
#
# ```python
# def inertia_by_k(X, k_values, seed=0):
#     """K-means inertia (within-cluster sum of squares) for each k, for an
#     elbow plot.
#
#     Each k uses KMeans(n_clusters=k, n_init=10, random_state=seed).
#     Returns a pandas Series of floats indexed by k (ascending, named "k").
#     Values of k larger than the number of distinct rows of X are left out.
#     """
# ```'''
# prompt = """
# To choose the number of clusters by the elbow method I need `inertia_by_k(X, k_values, \
# seed=0)`: fit `KMeans(n_clusters=k, n_init=10, random_state=seed)` for each k and return the \
# inertias as a float Series indexed by k (ascending, index named `"k"`), skipping any k larger \
# than the number of distinct points. Run it on my points `X` for `k_values=range(1, 5)` and keep \
# it in `elbow`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { X = 'blobs.X' }
# checks = [
#     # k = 1 is the total sum of squares around the mean; k = 2 splits the two tight pairs
#     '(lambda s: list(s.index) == [1, 2] and s.index.name == "k" and np.isclose(s[1], 2 * 5.5**2 + 2 * 4.5**2) and np.isclose(s[2], 1.0))(inertia_by_k(np.array([[0.0, 0.0], [1.0, 0.0], [10.0, 0.0], [11.0, 0.0]]), [2, 1]))',
#     # only three distinct rows, so k = 4 and 5 are left out
#     '(lambda s: list(s.index) == [1, 3] and np.isclose(s[3], 0.0))(inertia_by_k(np.array([[0.0, 1.0], [0.0, 1.0], [5.0, 5.0], [9.0, 0.0], [9.0, 0.0]]), [1, 3, 4, 5]))',
#     '(lambda Z: np.allclose(inertia_by_k(Z, [2, 4], seed=3), [sklearn.cluster.KMeans(n_clusters=k, n_init=10, random_state=3).fit(Z).inertia_ for k in (2, 4)]))(np.random.default_rng(0).normal(size=(40, 3)))',
#     'isinstance(elbow, pd.Series) and elbow.index.is_monotonic_increasing and set(elbow.index) <= set(range(1, 5)) and np.isclose(elbow[1], ((X - X.mean(axis=0)) ** 2).sum())',
#     'list(elbow.index) == [k for k in range(1, 5) if k <= len(np.unique(X, axis=0))] and np.allclose(elbow, [sklearn.cluster.KMeans(n_clusters=k, n_init=10, random_state=0).fit(X).inertia_ for k in elbow.index])',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'clustering', 'parameter-choice']
# edge_cases = true
# ///
import numpy as np
import pandas as pd
from sklearn.cluster import KMeans


def inertia_by_k(X, k_values, seed=0):
    """K-means inertia (within-cluster sum of squares) for each k, for an
    elbow plot.

    Each k uses KMeans(n_clusters=k, n_init=10, random_state=seed).
    Returns a pandas Series of floats indexed by k (ascending, named "k").
    Values of k larger than the number of distinct rows of X are left out.
    """
    X = np.asarray(X, dtype=float)
    # more clusters than distinct points cannot all be filled
    n_distinct = len(np.unique(X, axis=0))
    ks = sorted(k for k in k_values if k <= n_distinct)
    inertias = [KMeans(n_clusters=k, n_init=10, random_state=seed).fit(X).inertia_ for k in ks]
    return pd.Series(inertias, index=pd.Index(ks, name="k"), dtype=float)


elbow = inertia_by_k(X, k_values=range(1, 5))
