# /// example
# task = """
# `absorbance` holds absorbance spectra, one row per sample and one column per wavelength (more \
# wavelengths than samples). This code should keep the principal components that together \
# explain 99% of the variance, with the fitted model in `pca` and the sample scores in `scores`, \
# but the guessed component count raises an error:
#
# ```python
# from sklearn.decomposition import PCA
#
# pca = PCA(n_components=30)
# scores = pca.fit_transform(absorbance)
# ```
#
# ```text
# ValueError: n_components=30 must be between 0 and min(n_samples, n_features)=25 with svd_solver='full'
# ```
#
# Fix it."""
# prompt = """
# I have a matrix of spectra `absorbance` (rows are samples, columns wavelengths) and want to \
# compress it with PCA to however many components explain 99% of the variance. The model should \
# be in `pca` and the scores in `scores`. I guessed 30 components:
#
# ```python
# from sklearn.decomposition import PCA
#
# pca = PCA(n_components=30)
# scores = pca.fit_transform(absorbance)
# ```
#
# ```text
# ValueError: n_components=30 must be between 0 and min(n_samples, n_features)=25 with svd_solver='full'
# ```
#
# There are 151 wavelengths, so why can't I have 30 components?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { absorbance = 'spectra.absorbance' }
# checks = [
#     'scores.shape == (absorbance.shape[0], pca.n_components_)',
#     # the fewest components whose cumulative explained variance ratio reaches 0.99
#     'pca.n_components_ == min(int(np.searchsorted(np.cumsum(sklearn.decomposition.PCA().fit(absorbance).explained_variance_ratio_), 0.99)) + 1, min(absorbance.shape))',
#     'np.allclose(np.abs(scores), np.abs(sklearn.decomposition.PCA(n_components=pca.n_components_).fit_transform(absorbance)), atol=1e-6 * (1 + np.abs(absorbance).max()))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'dimensionality-reduction']
# edge_cases = true
# ///
from sklearn.decomposition import PCA

# at most min(n_samples, n_features) components exist; a float asks for a share of the variance
pca = PCA(n_components=0.99)
scores = pca.fit_transform(absorbance)
