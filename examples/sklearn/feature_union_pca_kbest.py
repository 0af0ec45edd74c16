# /// example
# task = """
# Build a `FeatureUnion` `union` that places side by side the first 2 principal components of \
# `X` (`PCA(n_components=2)`) and the single original feature with the highest ANOVA F-score for \
# `y` (`SelectKBest(f_classif, k=1)`). Store `union.fit_transform(X, y)` in `combined` (3 \
# columns, the components first) and the output feature names in `feature_names`."""
# prompt = """
# For my three-class data `X`, `y` I want one feature matrix that combines two views: the first \
# 2 principal components of `X`, followed by the single original column with the highest ANOVA \
# F-score against `y` (k=1). Build it as a scikit-learn feature union called `union`, store its \
# fit-transform output in `combined` (3 columns, components first) and the output feature names \
# in `feature_names`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     'combined.shape == (len(X), 3) and len(feature_names) == 3',
#     # principal components are defined up to sign
#     'np.allclose(np.abs(combined[:, :2]), np.abs(sklearn.decomposition.PCA(n_components=2).fit_transform(X)), atol=1e-8 * np.abs(X).max())',
#     # the last column is an original feature whose F-score is the largest (ties allowed)
#     'any(np.allclose(combined[:, 2], X[:, j]) and np.isclose(sklearn.feature_selection.f_classif(X, y)[0][j], np.max(sklearn.feature_selection.f_classif(X, y)[0])) for j in range(X.shape[1]))',
#     "isinstance(union, sklearn.pipeline.FeatureUnion) and np.allclose(union.transform(X), combined)",
# ]
# difficulty = 'intermediate'
# tags = ['feature-engineering', 'dimensionality-reduction', 'feature-selection']
# edge_cases = true
# ///
from sklearn.decomposition import PCA
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.pipeline import FeatureUnion

# each transformer sees all of X; their outputs are concatenated column-wise in this order
union = FeatureUnion(
    [
        ("pca", PCA(n_components=2)),
        ("best", SelectKBest(f_classif, k=1)),
    ]
)
combined = union.fit_transform(X, y)
feature_names = union.get_feature_names_out()
