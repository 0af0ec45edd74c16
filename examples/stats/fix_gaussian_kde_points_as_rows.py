# /// example
# task = """
# `points` is an (n, 2) array with one 2-D location per row. This code should fit a Gaussian \
# kernel density estimate (default Scott bandwidth) to the locations and store the estimated \
# density at every location in `density` (length n), but it raises an error:
#
# ```python
# from scipy import stats
#
# kde = stats.gaussian_kde(points)
# density = kde(points)
# ```
#
# ```text
# ValueError: Number of dimensions is greater than number of samples. This results in a singular data covariance matrix, which cannot be treated using the algorithms implemented in `gaussian_kde`. Note that `gaussian_kde` interprets each *column* of `dataset` to be a point; consider transposing the input to `dataset`.
# ```
#
# Fix it, keeping the fitted estimator in `kde`."""
# prompt = """
# I have 2-D locations in `points` (one row per point) and want a kernel density estimate `kde` \
# and the density at each of my points in `density`:
#
# ```python
# from scipy import stats
#
# kde = stats.gaussian_kde(points)
# density = kde(points)
# ```
#
# ```text
# ValueError: Number of dimensions is greater than number of samples. This results in a singular data covariance matrix, which cannot be treated using the algorithms implemented in `gaussian_kde`. Note that `gaussian_kde` interprets each *column* of `dataset` to be a point; consider transposing the input to `dataset`.
# ```
#
# I only have two dimensions, so why does it think there are more?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { points = 'blobs.X' }
# checks = [
#     'kde.d == 2 and kde.n == len(points)',
#     'np.shape(density) == (len(points),)',
#     # a Gaussian kernel with covariance cov(points) * n ** (-2 / 6) (Scott's factor in 2-D) on every point
#     '(lambda cov: np.allclose(density, [np.mean(scipy.stats.multivariate_normal(mean=p, cov=cov).pdf(points)) for p in points]))(np.cov(points.T) * len(points) ** (-2 / 6))',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'density-estimation']
# edge_cases = true
# ///
from scipy import stats

# gaussian_kde wants shape (n_dims, n_points): each column is one point
kde = stats.gaussian_kde(points.T)
density = kde(points.T)
