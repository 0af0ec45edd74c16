# /// example
# task = """
# Compress the 2-D array `matrix` with `PCA(n_components=0.95)`, which keeps as many components \
# as needed for 95% of the variance; store the scores in `scores`, the number of components kept \
# in `n_kept` and the reconstruction from `inverse_transform` in `reconstructed`. Keep the fitted \
# `PCA` as `pca`."""
# prompt = """
# Compress my 2-D array `matrix` with PCA, letting it keep as many components as needed for 95% \
# of the variance (fitted PCA in `pca`). Store the component scores in `scores`, the number of \
# components kept in `n_kept`, and the reconstruction back in the original space in \
# `reconstructed`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { matrix = 'matrix' }
# checks = [
#     '1 <= n_kept <= matrix.shape[1] and scores.shape == (len(matrix), n_kept)',
#     # the ratios divide by the total variance, which a matrix whose rows are all the same (up
#     # to rounding) does not have: they are NaN then
#     'np.ptp(matrix, axis=0).max() ** 2 <= 1e-24 * (matrix ** 2).max() or pca.explained_variance_ratio_.sum() >= 0.95',
#     'reconstructed.shape == matrix.shape',
#     # the unexplained variance is exactly what the reconstruction misses (nothing, without variance)
#     'np.allclose(reconstructed, matrix) if np.ptp(matrix, axis=0).max() ** 2 <= 1e-24 * (matrix ** 2).max() else np.isclose(((matrix - reconstructed) ** 2).sum() / ((matrix - matrix.mean(axis=0)) ** 2).sum(), 1 - pca.explained_variance_ratio_.sum())',
#     # the fewest components that reach 95%: one component fewer stays at or below it
#     'np.ptp(matrix, axis=0).max() ** 2 <= 1e-24 * (matrix ** 2).max() or (lambda ev: np.cumsum(ev)[n_kept - 2] / ev.sum() <= 0.95 + 1e-9 if n_kept >= 2 else True)(np.linalg.svd(matrix - matrix.mean(axis=0), compute_uv=False) ** 2)',
# ]
# difficulty = 'intermediate'
# tags = ['dimensionality-reduction']
# edge_cases = true
# ///
from sklearn.decomposition import PCA

# a float in (0, 1) asks for a variance fraction instead of a component count
pca = PCA(n_components=0.95)
scores = pca.fit_transform(matrix)
n_kept = pca.n_components_
reconstructed = pca.inverse_transform(scores)
