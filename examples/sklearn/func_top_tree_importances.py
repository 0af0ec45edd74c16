# /// example
# task = '''
# Write a function `top_importances` with the signature and docstring below. Fit
# `DecisionTreeRegressor(max_depth=4, random_state=0)` on the features `X` and target `y` as
# `tree`, then store `top_importances(tree, ["x0", "x1", "x2", "x3", "x4"], k=2)` in `top2`, and
# store in `unfitted_error` the class name of the exception raised for an unfitted
# `DecisionTreeRegressor()`; store in `names_error` the message raised by
# `top_importances(tree, ["x0", "x1"])`.
#
# ```python
# def top_importances(model, feature_names, k=3):
#     """The k largest impurity-based feature importances of a fitted tree
#     model (decision tree, random forest, gradient boosting).
#
#     Returns a pandas Series of importances indexed by feature name, sorted
#     from largest to smallest (ties keep the column order); all features
#     when k exceeds their number. Raises sklearn.exceptions.NotFittedError
#     for an unfitted model and ValueError("need one name per feature") when
#     len(feature_names) differs from the model's number of features.
#     """
# ```'''
# prompt = """
# After fitting tree models I always want the top drivers as a tidy Series. Please write \
# `top_importances(model, feature_names, k=3)` returning the `k` largest `feature_importances_` \
# as a pandas Series indexed by name, largest first (ties in column order), everything when `k` \
# is bigger than the number of features; an unfitted model should raise scikit-learn's \
# `NotFittedError` and a wrong number of names `ValueError("need one name per feature")`. Fit a \
# `DecisionTreeRegressor(max_depth=4, random_state=0)` on my `X`, `y` as `tree` and store the \
# top 2 for names `["x0", "x1", "x2", "x3", "x4"]` in `top2`; also keep the exception class \
# name raised for an unfitted `DecisionTreeRegressor()` in `unfitted_error`, and the message \
# raised by `top_importances(tree, ["x0", "x1"])` in `names_error`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     # only column "b" splits y, so it takes all the importance; "a" and "c" tie at 0 in column order
#     '(lambda s: list(s.index) == ["b", "a"] and np.allclose(s, [1.0, 0.0]))(top_importances(sklearn.tree.DecisionTreeRegressor(random_state=0).fit(np.column_stack([np.zeros(8), np.arange(8.0), np.ones(8)]), np.arange(8.0) ** 2), ["a", "b", "c"], k=2))',
#     '(lambda m: (lambda s: list(s.index) == [["p", "q", "r", "s"][i] for i in np.argsort(-m.feature_importances_, kind="stable")] and np.allclose(s, np.sort(m.feature_importances_)[::-1]))(top_importances(m, ["p", "q", "r", "s"], k=10)))(sklearn.ensemble.RandomForestClassifier(n_estimators=10, random_state=0).fit(np.random.default_rng(0).normal(size=(60, 4)), np.arange(60) % 2))',
#     '(lambda m: list(top_importances(m, ["a", "b", "c"], k=1).index) == [["a", "b", "c"][int(np.argmax(m.feature_importances_))]])(sklearn.ensemble.GradientBoostingRegressor(n_estimators=20, random_state=0).fit(np.random.default_rng(0).normal(size=(40, 3)), np.random.default_rng(0).normal(size=(40, 3))[:, 2] ** 2))',
#     'unfitted_error == "NotFittedError"',
#     'names_error == "need one name per feature"',
#     # the default k is 3
#     'len(top_importances(tree, ["x0", "x1", "x2", "x3", "x4"])) == 3',
#     'isinstance(top2, pd.Series) and len(top2) == 2 and top2.is_monotonic_decreasing and set(top2.index) <= {"x0", "x1", "x2", "x3", "x4"}',
#     'np.allclose(top2.to_numpy(), np.sort(tree.feature_importances_)[::-1][:2]) and np.allclose(top2.to_numpy(), [tree.feature_importances_[int(name[1:])] for name in top2.index])',
#     'np.allclose(tree.feature_importances_, sklearn.tree.DecisionTreeRegressor(max_depth=4, random_state=0).fit(X, y).feature_importances_)',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'model-inspection', 'decision-tree', 'validation']
# edge_cases = true
# ///
import pandas as pd
from sklearn.tree import DecisionTreeRegressor
from sklearn.utils.validation import check_is_fitted


def top_importances(model, feature_names, k=3):
    """The k largest impurity-based feature importances of a fitted tree
    model (decision tree, random forest, gradient boosting).

    Returns a pandas Series of importances indexed by feature name, sorted
    from largest to smallest (ties keep the column order); all features
    when k exceeds their number. Raises sklearn.exceptions.NotFittedError
    for an unfitted model and ValueError("need one name per feature") when
    len(feature_names) differs from the model's number of features.
    """
    check_is_fitted(model)
    if len(feature_names) != model.n_features_in_:
        raise ValueError("need one name per feature")
    importances = pd.Series(model.feature_importances_, index=list(feature_names))
    # a stable sort keeps tied features in their column order
    return importances.sort_values(ascending=False, kind="stable").head(k)


tree = DecisionTreeRegressor(max_depth=4, random_state=0).fit(X, y)
top2 = top_importances(tree, ["x0", "x1", "x2", "x3", "x4"], k=2)

try:
    top_importances(DecisionTreeRegressor(), ["x0"])
except ValueError as error:  # NotFittedError subclasses ValueError
    unfitted_error = type(error).__name__

try:
    top_importances(tree, ["x0", "x1"])
except ValueError as error:
    names_error = str(error)
