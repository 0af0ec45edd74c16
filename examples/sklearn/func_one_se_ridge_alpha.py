# /// example
# task = '''
# Write a function `one_se_alpha` with the signature and docstring below. Apply it to the features
# `X` and target `y` with the penalties `[0.01, 0.1, 1.0, 10.0, 100.0]` and store the chosen alpha
# in `chosen_alpha`.
#
# ```python
# def one_se_alpha(X, y, alphas, n_splits=5):
#     """Ridge penalty chosen by the one-standard-error rule.
#
#     Every alpha is scored by R^2 over KFold(n_splits) (no shuffling), with
#     GridSearchCV. With best = the highest mean test score and se = its
#     fold standard deviation (ddof=0) / sqrt(n_splits), returns the largest
#     alpha (the simplest model) whose mean test score is >= best - se, as a
#     float.
#     """
# ```'''
# prompt = """
# The alpha with the best CV score tends to overfit the validation folds, so I use the \
# one-standard-error rule: `one_se_alpha(X, y, alphas, n_splits=5)` should score each ridge \
# penalty by R^2 with an unshuffled `KFold(n_splits)` grid search, take the best mean score and its \
# standard error (fold SD with ddof=0 over sqrt(n_splits)), and return the largest alpha whose \
# mean score is within one standard error of the best, as a float. Run it on my `X` and `y` with \
# `[0.01, 0.1, 1.0, 10.0, 100.0]` into `chosen_alpha`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     '(lambda Xs, ys, grid: (lambda s: one_se_alpha(Xs, ys, grid, n_splits=4) == max(a for a, m in zip(grid, s.mean(axis=1)) if m >= s.mean(axis=1).max() - s[np.argmax(s.mean(axis=1))].std() / 2))(np.array([sklearn.model_selection.cross_val_score(sklearn.linear_model.Ridge(alpha=a), Xs, ys, cv=sklearn.model_selection.KFold(4)) for a in grid])))(np.sin(np.arange(40.0)).reshape(20, 2), np.sin(np.arange(40.0)).reshape(20, 2) @ [1.0, -2.0] + np.cos(np.arange(20.0)), [0.1, 1.0, 3.0, 10.0, 30.0])',
#     # a noise-free line: small alphas fit it best, and a huge alpha is far outside one SE
#     'one_se_alpha(np.arange(30.0).reshape(-1, 1), 4 * np.arange(30.0) + 1, [1e-6, 1e6], n_splits=3) == 1e-6',
#     # a single candidate is always chosen
#     'one_se_alpha([[0.0], [1.0], [2.0], [3.0], [5.0], [8.0]], [1.0, 0.0, 2.0, 1.0, 4.0, 2.0], [2.5], n_splits=2) == 2.5',
#     'chosen_alpha in [0.01, 0.1, 1.0, 10.0, 100.0] and isinstance(chosen_alpha, float)',
#     '(lambda grid: (lambda s: chosen_alpha == max(a for a, m in zip(grid, s.mean(axis=1)) if m >= s.mean(axis=1).max() - s[np.argmax(s.mean(axis=1))].std() / np.sqrt(5)))(np.array([sklearn.model_selection.cross_val_score(sklearn.linear_model.Ridge(alpha=a), X, y, cv=sklearn.model_selection.KFold(5)) for a in grid])))([0.01, 0.1, 1.0, 10.0, 100.0])',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'model-selection', 'cross-validation', 'regularization', 'parameter-choice']
# edge_cases = true
# ///
import numpy as np
from sklearn.linear_model import Ridge
from sklearn.model_selection import GridSearchCV, KFold


def one_se_alpha(X, y, alphas, n_splits=5):
    """Ridge penalty chosen by the one-standard-error rule.

    Every alpha is scored by R^2 over KFold(n_splits) (no shuffling), with
    GridSearchCV. With best = the highest mean test score and se = its
    fold standard deviation (ddof=0) / sqrt(n_splits), returns the largest
    alpha (the simplest model) whose mean test score is >= best - se, as a
    float.
    """
    search = GridSearchCV(Ridge(), {"alpha": list(alphas)}, cv=KFold(n_splits), refit=False)
    results = search.fit(X, y).cv_results_
    means = results["mean_test_score"]
    best = np.argmax(means)
    # std_test_score is the population SD of the fold scores
    standard_error = results["std_test_score"][best] / np.sqrt(n_splits)
    candidates = np.asarray(results["param_alpha"], dtype=float)[
        means >= means[best] - standard_error
    ]
    return float(candidates.max())


chosen_alpha = one_se_alpha(X, y, [0.01, 0.1, 1.0, 10.0, 100.0])
