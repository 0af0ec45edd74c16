# /// example
# task = """
# Keep the 3 features of `X` most associated with the labels `y` by the ANOVA F-test \
# (`SelectKBest` with `f_classif`); store the selector in `selector`, the reduced matrix in \
# `X_selected` and the kept column indices in `kept`."""
# prompt = """
# Keep the 3 features of `X` most associated with the labels `y` according to the ANOVA F-test; \
# store the fitted selector in `selector`, the reduced matrix in `X_selected` and the indices of \
# the kept columns in `kept`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'X_selected.shape == (len(X), 3) and len(kept) == 3',
#     'np.array_equal(X_selected, X[:, kept])',
#     # no dropped feature scores higher than a kept one (tied scores may go either way)
#     'selector.scores_[kept].min() >= np.delete(selector.scores_, kept).max()',
#     'np.all((selector.pvalues_ >= 0) & (selector.pvalues_ <= 1))',
# ]
# difficulty = 'basic'
# tags = ['feature-selection']
# edge_cases = true
# ///
from sklearn.feature_selection import SelectKBest, f_classif

# f_classif scores each feature alone by a one-way ANOVA F between classes
selector = SelectKBest(score_func=f_classif, k=3)
X_selected = selector.fit_transform(X, y)
# indices=True returns the kept column positions instead of a boolean mask
kept = selector.get_support(indices=True)
