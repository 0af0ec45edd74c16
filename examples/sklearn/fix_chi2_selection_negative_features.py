# /// example
# task = """
# `X` holds continuous measurements (some negative) and `y` class labels. This code should keep \
# the 3 features most related to the class in `X_selected`, with the fitted selector in \
# `selector`, but chi-squared scoring rejects the data:
#
# ```python
# from sklearn.feature_selection import SelectKBest, chi2
#
# selector = SelectKBest(chi2, k=3)
# X_selected = selector.fit_transform(X, y)
# ```
#
# ```text
# ValueError: Input X must be non-negative.
# ```
#
# Fix it by scoring the features with the ANOVA F-test, which suits continuous features."""
# prompt = """
# I want to keep the 3 best features of `X` for predicting the class `y`, selector in `selector` \
# and reduced data in `X_selected`. My features are continuous and can be negative:
#
# ```python
# from sklearn.feature_selection import SelectKBest, chi2
#
# selector = SelectKBest(chi2, k=3)
# X_selected = selector.fit_transform(X, y)
# ```
#
# ```text
# ValueError: Input X must be non-negative.
# ```
#
# Should I be using the ANOVA F-test here instead?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'X_selected.shape == (X.shape[0], 3)',
#     'np.allclose(selector.scores_, sklearn.feature_selection.f_classif(X, y)[0], equal_nan=True)',
#     # the kept columns of X, and no dropped feature scores higher than a kept one
#     '(lambda keep, F: np.array_equal(X_selected, X[:, keep]) and np.nanmin(F[keep]) >= np.nanmax(F[~keep]))(selector.get_support(), sklearn.feature_selection.f_classif(X, y)[0])',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'feature-selection', 'classification']
# edge_cases = true
# ///
from sklearn.feature_selection import SelectKBest, f_classif

# chi2 is for non-negative counts; f_classif compares class means of continuous features
selector = SelectKBest(f_classif, k=3)
X_selected = selector.fit_transform(X, y)
