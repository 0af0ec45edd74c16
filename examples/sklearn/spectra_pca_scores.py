# /// example
# task = """
# `absorbance` holds absorbance spectra, one row per sample and one column per wavelength. Run \
# a principal component analysis with scikit-learn's `PCA` keeping 2 components (centred, not \
# scaled), kept in `pca`; store the sample scores in `scores` (n_samples x 2) and the fraction of \
# the total variance each component explains in `explained` (length 2)."""
# prompt = """
# I want a quick PCA of my spectra in `absorbance` (rows are samples, columns wavelengths) to see \
# how the samples spread out. Use scikit-learn's PCA with 2 components on the mean-centred data \
# (no scaling), keep the model in `pca`, the scores of each sample in `scores` (n_samples x 2) \
# and the explained variance ratio of the two components in `explained`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { absorbance = 'spectra.absorbance' }
# checks = [
#     'np.shape(scores) == (absorbance.shape[0], 2)',
#     # scores from an SVD of the centred matrix; each component's sign is arbitrary
#     "(lambda u, s: all(np.allclose(scores[:, j], sign * u[:, j] * s[j], atol=1e-8 * np.abs(absorbance).max()) for j in range(2) for sign in [1 if np.abs(scores[:, j] - u[:, j] * s[j]).max() <= np.abs(scores[:, j] + u[:, j] * s[j]).max() else -1]))(*np.linalg.svd(absorbance - absorbance.mean(axis=0), full_matrices=False)[:2])",
#     "np.allclose(explained, (lambda s: s[:2] ** 2 / (s ** 2).sum())(np.linalg.svd(absorbance - absorbance.mean(axis=0), compute_uv=False)))",
#     'pca.n_components_ == 2',
# ]
# difficulty = 'basic'
# tags = ['dimensionality-reduction', 'applied-science']
# [edge_cases]
# min_size = 3
# constant = false
# why = 'a PCA needs spectra that differ: at least three samples, not all at one concentration'
# ///
from sklearn.decomposition import PCA

# PCA centres each wavelength but does not scale it, so strong bands dominate
pca = PCA(n_components=2)
scores = pca.fit_transform(absorbance)
explained = pca.explained_variance_ratio_
