# /// example
# task = '''
# Write a function `parallel_log_density` with the signature and docstring below, scoring the chunks
# in joblib threads. Fit a Gaussian `KernelDensity` with bandwidth 0.5 to the points `X` as `kde` and
# store `parallel_log_density(kde, X)` in `log_density`.
#
# ```python
# def parallel_log_density(kde, points, n_chunks=4, n_jobs=2):
#     """Log-density of the fitted KernelDensity `kde` at every row of `points`.
#
#     Splits the rows into n_chunks nearly equal chunks scored in parallel threads
#     and returns a 1-D float array in the order of the rows; -inf where a kernel
#     with bounded support gives zero density. Points with no rows give an empty
#     array.
#     """
# ```'''
# prompt = '''
# Scoring a kernel density estimate on a large grid is slow, so I want to split the query points into
# chunks and score them in parallel with joblib threads: `parallel_log_density(kde, points,
# n_chunks=4, n_jobs=2)` for a fitted scikit-learn KernelDensity, returning the log-densities in row
# order (-inf where the density is zero, an empty array for zero rows). Fit a Gaussian KDE with
# bandwidth 0.5 on my points `X` as `kde` and store `parallel_log_density(kde, X)` in `log_density`.
#
# ```python
# def parallel_log_density(kde, points, n_chunks=4, n_jobs=2):
#     """Log-density of the fitted KernelDensity `kde` at every row of `points`.
#
#     Splits the rows into n_chunks nearly equal chunks scored in parallel threads
#     and returns a 1-D float array in the order of the rows; -inf where a kernel
#     with bounded support gives zero density. Points with no rows give an empty
#     array.
#     """
# ```'''
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scikit-learn', 'joblib', 'numpy']
# inputs = { X = 'blobs.X' }
# checks = [
#     'np.allclose(log_density, sklearn.neighbors.KernelDensity(bandwidth=0.5).fit(X).score_samples(X))',
#     # a bounded kernel: points beyond the data by more than the bandwidth get -inf
#     'np.allclose(parallel_log_density(sklearn.neighbors.KernelDensity(bandwidth=1.0, kernel="epanechnikov").fit(np.arange(10.0).reshape(-1, 1)), np.linspace(-2, 12, 29).reshape(-1, 1), n_chunks=3), sklearn.neighbors.KernelDensity(bandwidth=1.0, kernel="epanechnikov").fit(np.arange(10.0).reshape(-1, 1)).score_samples(np.linspace(-2, 12, 29).reshape(-1, 1)))',
#     # more chunks than points
#     'np.allclose(parallel_log_density(kde, X[:2], n_chunks=5, n_jobs=1), kde.score_samples(X[:2]))',
#     'parallel_log_density(kde, np.empty((0, X.shape[1]))).shape == (0,)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'parallelism', 'density-estimation']
# edge_cases = true
# ///
import numpy as np
from joblib import Parallel, delayed
from sklearn.neighbors import KernelDensity


def parallel_log_density(kde, points, n_chunks=4, n_jobs=2):
    """Log-density of the fitted KernelDensity `kde` at every row of `points`.

    Splits the rows into n_chunks nearly equal chunks scored in parallel threads
    and returns a 1-D float array in the order of the rows; -inf where a kernel
    with bounded support gives zero density. Points with no rows give an empty
    array.
    """
    points = np.asarray(points, dtype=float)
    # skip empty chunks: score_samples refuses an array without rows
    chunks = [chunk for chunk in np.array_split(points, n_chunks) if len(chunk)]
    if not chunks:
        return np.empty(0)
    # the fitted tree is only read, so the threads can share one `kde`
    scores = Parallel(n_jobs=n_jobs, prefer="threads")(
        delayed(kde.score_samples)(chunk) for chunk in chunks
    )
    return np.concatenate(scores)


kde = KernelDensity(bandwidth=0.5).fit(X)
log_density = parallel_log_density(kde, X)
