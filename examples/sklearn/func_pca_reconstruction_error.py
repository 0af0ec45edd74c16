# /// example
# task = '''
# Write a function `reconstruction_error` with the signature and docstring below. Fit it on the
# first `len(X) // 2` rows of the measurement matrix `X` with `variance=0.9`, score the remaining
# rows, and store the errors in `errors`. Store in `flat_error` the message raised for the training
# rows `[[1.0, 2.0], [1.0, 2.0], [1.0, 2.0]]`.
#
# ```python
# def reconstruction_error(X_train, X_new, variance=0.9):
#     """Anomaly score of each row of X_new: its squared PCA reconstruction
#     error in standardised units.
#
#     X_train is standardised (StandardScaler) and a PCA is fitted keeping the
#     fewest components whose cumulative explained variance ratio exceeds
#     `variance` (0 < variance < 1). Each row of X_new is standardised with
#     the training means and SDs, projected onto the components, mapped back,
#     and scored by the sum of squared differences to its standardised self.
#     Returns a 1-D float array with one error per row of X_new. Raises
#     ValueError("X_train has no variance") when every column of X_train is
#     constant.
#     """
# ```'''
# prompt = """
# To flag unusual rows I score them by how badly a PCA model of normal data rebuilds them: \
# `reconstruction_error(X_train, X_new, variance=0.9)` should standardise with the training \
# statistics, keep the fewest components whose cumulative explained variance ratio exceeds \
# `variance`, and return for each row of `X_new` the squared distance between its standardised \
# values and their reconstruction, raising `ValueError("X_train has no variance")` when every \
# training column is constant. Fit it on the first `len(X) // 2` rows of my matrix `X` with \
# `variance=0.9`, score the rest, and keep the scores in `errors`. Keep the message for the \
# training rows `[[1.0, 2.0], [1.0, 2.0], [1.0, 2.0]]` in `flat_error`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'matrix' }
# checks = [
#     # rows on the training line are rebuilt exactly; a point off it keeps its perpendicular part
#     'np.allclose(reconstruction_error(np.column_stack([np.arange(6.0), 2 * np.arange(6.0)]), [[2.0, 4.0], [7.0, 1.0]], variance=0.5), [0.0, (lambda z: (z[0] - z[1]) ** 2 / 2)(((np.array([7.0, 1.0]) - [2.5, 5.0]) / (np.std(np.arange(6.0)) * np.array([1.0, 2.0]))))])',
#     # on fixed data with variance=0.8: standardise with A's statistics, keep the PCA components of 80% of the
#     # variance, and sum the squared standardised differences between each row of B and its reconstruction
#     '(lambda A, B: (lambda scaler, model: np.allclose(reconstruction_error(A, B, variance=0.8), ((scaler.transform(B) - scaler.transform(model.inverse_transform(model.transform(B)))) ** 2).sum(axis=1)))(sklearn.preprocessing.StandardScaler().fit(A), sklearn.pipeline.make_pipeline(sklearn.preprocessing.StandardScaler(), sklearn.decomposition.PCA(n_components=0.8)).fit(A)))(np.sin(np.arange(60.0)).reshape(20, 3) + np.arange(20.0)[:, None] * [1.0, 0.5, -0.2], np.cos(np.arange(12.0)).reshape(4, 3))',
#     'np.allclose(reconstruction_error(np.eye(4), np.eye(4), variance=0.99), 0.0)',
#     # one constant training column is fine: it is only centred, so a new value there is pure error
#     'np.allclose(reconstruction_error([[0.0, 7.0], [1.0, 7.0], [2.0, 7.0]], [[5.0, 7.0], [1.0, 9.0]], variance=0.5), [0.0, 4.0])',
#     'np.allclose(reconstruction_error([[1.0, 1.0], [2.0, 2.0], [4.0, 4.0]], [[3.0, 3.0]], variance=0.5), 0.0)',
#     'flat_error == "X_train has no variance"',
#     'errors.shape == (len(X) - len(X) // 2,) and np.all(errors >= -1e-12)',
#     '(lambda A, B: (lambda scaler: (lambda pca: np.allclose(errors, ((scaler.transform(B) - pca.inverse_transform(pca.transform(scaler.transform(B)))) ** 2).sum(axis=1)))(sklearn.decomposition.PCA(n_components=0.9).fit(scaler.transform(A))))(sklearn.preprocessing.StandardScaler().fit(A)))(X[: len(X) // 2], X[len(X) // 2 :])',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'dimensionality-reduction', 'outliers', 'standardization']
# edge_cases = { min_size = 8, constant = false, raises = "ValueError", why = "the PCA model is fitted on half the rows and needs several rows that vary; a training half with only constant columns is refused" }
# ///
import numpy as np
from sklearn.decomposition import PCA
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


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
    if np.all(np.ptp(np.asarray(X_train, dtype=float), axis=0) == 0):
        raise ValueError("X_train has no variance")
    # a float n_components keeps just enough components to pass that explained-variance share
    model = make_pipeline(StandardScaler(), PCA(n_components=variance)).fit(X_train)
    scaler, pca = model.named_steps["standardscaler"], model.named_steps["pca"]
    standardised = scaler.transform(X_new)
    rebuilt = pca.inverse_transform(pca.transform(standardised))
    return ((standardised - rebuilt) ** 2).sum(axis=1)


n_train = len(X) // 2
errors = reconstruction_error(X[:n_train], X[n_train:], variance=0.9)

try:
    reconstruction_error([[1.0, 2.0], [1.0, 2.0], [1.0, 2.0]], X[:1])
except ValueError as error:
    flat_error = str(error)
