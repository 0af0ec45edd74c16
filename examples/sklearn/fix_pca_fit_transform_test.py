# /// example
# task = """
# This code splits `X` into `X_train` and `X_test` (30% test, `random_state=0`) and should project \
# both onto the first two principal components of the training part, in `X_train_2d` and \
# `X_test_2d`:
#
# ```python
# from sklearn.decomposition import PCA
# from sklearn.model_selection import train_test_split
#
# X_train, X_test = train_test_split(X, test_size=0.3, random_state=0)
# pca = PCA(n_components=2)
# X_train_2d = pca.fit_transform(X_train)
# X_test_2d = pca.fit_transform(X_test)
# ```
#
# It runs, but the test points end up on different axes than the training points. Fix it."""
# prompt = """
# I split `X` into `X_train` and `X_test` (30% test, `random_state=0`) and reduce both to two \
# principal components learnt from the training data, in `X_train_2d` and `X_test_2d`:
#
# ```python
# from sklearn.decomposition import PCA
# from sklearn.model_selection import train_test_split
#
# X_train, X_test = train_test_split(X, test_size=0.3, random_state=0)
# pca = PCA(n_components=2)
# X_train_2d = pca.fit_transform(X_train)
# X_test_2d = pca.fit_transform(X_test)
# ```
#
# When I plot them together the test points don't line up with the training points at all. \
# What's wrong?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_multi.X' }
# checks = [
#     'len(X_train) + len(X_test) == len(X) and len(X_test) == math.ceil(0.3 * len(X))',
#     'X_train_2d.shape == (len(X_train), 2) and X_test_2d.shape == (len(X_test), 2)',
#     # the training principal axes from an SVD of the centred training rows; a component's sign is arbitrary
#     'np.allclose(np.abs(X_train_2d), np.abs((X_train - X_train.mean(axis=0)) @ np.linalg.svd(X_train - X_train.mean(axis=0), full_matrices=False)[2][:2].T), atol=1e-8 * np.abs(X).max())',
#     'np.allclose(np.abs(X_test_2d), np.abs((X_test - X_train.mean(axis=0)) @ np.linalg.svd(X_train - X_train.mean(axis=0), full_matrices=False)[2][:2].T), atol=1e-8 * np.abs(X).max())',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'dimensionality-reduction', 'train-test-split']
# edge_cases = true
# ///
from sklearn.decomposition import PCA
from sklearn.model_selection import train_test_split

X_train, X_test = train_test_split(X, test_size=0.3, random_state=0)
pca = PCA(n_components=2)
X_train_2d = pca.fit_transform(X_train)
# fit_transform on the test part learnt new axes from it; transform reuses the training axes
X_test_2d = pca.transform(X_test)
