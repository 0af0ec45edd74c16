# /// example
# task = """
# Build the five two-feature measurements below as the array `X` (shape (5, 2)) and run a \
# principal component analysis with both components. Store the share of variance explained by \
# each component in `variance_ratio`, the variance along each component (sample variance, n - 1 \
# in the denominator) in `component_variance`, and the first component's direction as a unit \
# vector with a positive first entry in `first_axis`; rounded to 4 decimals they print as shown.
#
# ```text
#    f1   f2
#   1.0  2.0
#   2.0  3.0
#   3.0  3.0
#   4.0  5.0
#   5.0  7.0
# ```
#
# Wanted:
#
# ```text
# variance_ratio     = [0.9757, 0.0243]
# component_variance = [6.3423, 0.1577]
# first_axis         = [0.6154, 0.7882]
# ```"""
# prompt = """
# For this small table `X` I'd like PCA with 2 components: the `variance_ratio` per component, \
# the `component_variance` (n - 1 denominator) and the direction of the first axis \
# `first_axis`, flipped so its first entry is positive:
#
# ```text
#    f1   f2
#   1.0  2.0
#   2.0  3.0
#   3.0  3.0
#   4.0  5.0
#   5.0  7.0
# ```
#
# I get, rounded,
#
# ```text
# variance_ratio     = [0.9757, 0.0243]
# component_variance = [6.3423, 0.1577]
# first_axis         = [0.6154, 0.7882]
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(variance_ratio, [0.9757, 0.0243], atol=5e-5)',
#     'np.allclose(component_variance, [6.3423, 0.1577], atol=5e-5)',
#     'np.allclose(first_axis, [0.6154, 0.7882], atol=5e-5)',
#     # the component variances are the eigenvalues of the sample covariance matrix
#     'np.allclose(np.sort(component_variance), np.linalg.eigvalsh(np.cov(np.asarray(X), rowvar=False)))',
#     'np.asarray(X).tolist() == [[1.0, 2.0], [2.0, 3.0], [3.0, 3.0], [4.0, 5.0], [5.0, 7.0]]',
# ]
# difficulty = 'advanced'
# tags = ['dimensionality-reduction']
# ///
import numpy as np
from sklearn.decomposition import PCA

X = np.array([[1.0, 2.0], [2.0, 3.0], [3.0, 3.0], [4.0, 5.0], [5.0, 7.0]])
pca = PCA(n_components=2).fit(X)
variance_ratio = pca.explained_variance_ratio_
component_variance = pca.explained_variance_
# a component's sign is arbitrary; fix it so the first entry is positive
first_axis = pca.components_[0] * np.sign(pca.components_[0, 0])
