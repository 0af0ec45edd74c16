# /// example
# task = '''
# Write a function `lasso_select` with the signature and docstring below. Apply it to the
# features `X` and target `y` with the defaults and store the tuple in `lasso_choice`.
#
# ```python
# def lasso_select(X, y, cv=5):
#     """Standardise the features, fit LassoCV with `cv` folds (unshuffled
#     K-fold, scikit-learn's default alpha grid) and report the chosen
#     penalty and the features it keeps.
#
#     Returns (alpha, kept) with alpha the float chosen by cross-validation
#     and kept a list of the column indices (ascending) whose coefficient is
#     not zero.
#     """
# ```'''
# prompt = """
# I'd like a reusable Lasso feature screen: `lasso_select(X, y, cv=5)` should standardise the \
# columns, let `LassoCV` pick the penalty by `cv`-fold cross-validation (plain K-fold, default \
# alpha grid) and return `(alpha, kept)`, the chosen alpha as a float and the ascending list of \
# column indices with a non-zero coefficient. Run it on my `X`, `y` and keep the result in \
# `lasso_choice`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     # y depends on columns 0 and 2 only, on very different scales
#     '(lambda Z: (lambda r: 0 in r[1] and 2 in r[1] and np.isclose(r[0], sklearn.linear_model.LassoCV(cv=5).fit(sklearn.preprocessing.StandardScaler().fit_transform(Z), 3 * Z[:, 0] - 0.02 * Z[:, 2]).alpha_))(lasso_select(Z, 3 * Z[:, 0] - 0.02 * Z[:, 2])))(np.random.default_rng(0).normal(size=(80, 4)) * [1, 1, 100, 1])',
#     '(lambda Z, t: (lambda r, m: np.isclose(r[0], m.alpha_) and r[1] == [j for j in range(5) if m.coef_[j] != 0])(lasso_select(Z, t, cv=3), sklearn.linear_model.LassoCV(cv=3).fit(sklearn.preprocessing.StandardScaler().fit_transform(Z), t)))(np.random.default_rng(1).normal(size=(40, 5)), np.random.default_rng(2).normal(size=40))',
#     '(lambda Z: (lambda r: 1 in r[1] and np.isclose(r[0], sklearn.linear_model.LassoCV(cv=4).fit(sklearn.preprocessing.StandardScaler().fit_transform(Z), 10 * Z[:, 1]).alpha_))(lasso_select(Z, 10 * Z[:, 1], cv=4)))(np.random.default_rng(5).normal(size=(60, 3)))',
#     'isinstance(lasso_choice[0], float) and isinstance(lasso_choice[1], list) and lasso_choice[1] == sorted(lasso_choice[1])',
#     '(lambda m: np.isclose(lasso_choice[0], m.alpha_) and lasso_choice[1] == [int(j) for j in np.flatnonzero(m.coef_)])(sklearn.linear_model.LassoCV(cv=5).fit(sklearn.preprocessing.StandardScaler().fit_transform(X), y))',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'regularization', 'cross-validation', 'feature-selection', 'standardization']
# edge_cases = true
# ///
import numpy as np
from sklearn.linear_model import LassoCV
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def lasso_select(X, y, cv=5):
    """Standardise the features, fit LassoCV with `cv` folds (unshuffled
    K-fold, scikit-learn's default alpha grid) and report the chosen
    penalty and the features it keeps.

    Returns (alpha, kept) with alpha the float chosen by cross-validation
    and kept a list of the column indices (ascending) whose coefficient is
    not zero.
    """
    # scaling first, so the L1 penalty treats every column alike
    model = make_pipeline(StandardScaler(), LassoCV(cv=cv)).fit(X, y)
    lasso = model[-1]
    return float(lasso.alpha_), [int(j) for j in np.flatnonzero(lasso.coef_)]


lasso_choice = lasso_select(X, y)
