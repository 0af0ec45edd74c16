# /// example
# task = '''
# Write a function `rfe_keep` with the signature and docstring below. Apply it to the features
# `X` and target `y` with the names `["x0", "x1", "x2", "x3", "x4"]` and `n_keep=2`, and store
# the dict in `rfe_result`; store in `bad_keep_error` the message raised for `n_keep=6`.
#
# ```python
# def rfe_keep(X, y, names, n_keep):
#     """Recursive feature elimination with a linear regression on
#     standardised features.
#
#     Standardises X, then runs RFE(LinearRegression(),
#     n_features_to_select=n_keep) removing one feature per step. Returns
#     {"kept": names of the kept features in column order,
#      "ranking": {name: RFE rank} with 1 for every kept feature}.
#     When n_keep is outside 1..len(names), raises
#     ValueError("n_keep must be between 1 and the number of features").
#     """
# ```'''
# prompt = """
# I want to shortlist predictors by recursive feature elimination. Write `rfe_keep(X, y, names, \
# n_keep)` that standardises `X`, runs `RFE` with a plain `LinearRegression` dropping one \
# feature at a time until `n_keep` remain, and returns `{"kept": [...], "ranking": {...}}`: the \
# kept names in column order and each name's RFE rank (1 = kept). An `n_keep` outside 1..number \
# of features should raise `ValueError("n_keep must be between 1 and the number of features")`. \
# Run it on my `X`, `y` with names `["x0", "x1", "x2", "x3", "x4"]` and `n_keep=2`, into \
# `rfe_result`, and keep the message for `n_keep=6` in `bad_keep_error`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     # y is driven by "b" strongly and "d" weakly; "a" and "c" are noise
#     '(lambda Z: (lambda r: r["kept"] == ["b", "d"] and r["ranking"]["b"] == 1 and r["ranking"]["d"] == 1 and sorted(r["ranking"].values()) == [1, 1, 2, 3])(rfe_keep(Z, 5 * Z[:, 1] + 2 * Z[:, 3] + 0.01 * np.sin(np.arange(50)), ["a", "b", "c", "d"], 2)))(np.random.default_rng(0).normal(size=(50, 4)))',
#     '(lambda Z, t: (lambda r, ref: r["kept"] == [n for n, keep in zip("pqr", ref.support_) if keep] and r["ranking"] == dict(zip("pqr", ref.ranking_.tolist())))(rfe_keep(Z, t, list("pqr"), 1), sklearn.feature_selection.RFE(sklearn.linear_model.LinearRegression(), n_features_to_select=1).fit(sklearn.preprocessing.StandardScaler().fit_transform(Z), t)))(np.random.default_rng(1).normal(size=(30, 3)) * [1, 50, 0.1], np.random.default_rng(2).normal(size=30))',
#     '(lambda Z: rfe_keep(Z, Z[:, 0] - Z[:, 1], ["u", "v"], 2) == {"kept": ["u", "v"], "ranking": {"u": 1, "v": 1}})(np.random.default_rng(3).normal(size=(20, 2)))',
#     'bad_keep_error == "n_keep must be between 1 and the number of features"',
#     'len(rfe_result["kept"]) == 2 and sorted(rfe_result["ranking"]) == ["x0", "x1", "x2", "x3", "x4"]',
#     '(lambda ref: rfe_result["kept"] == [f"x{j}" for j in np.flatnonzero(ref.support_)] and all(rfe_result["ranking"][f"x{j}"] == ref.ranking_[j] for j in range(5)))(sklearn.feature_selection.RFE(sklearn.linear_model.LinearRegression(), n_features_to_select=2, step=1).fit(sklearn.preprocessing.StandardScaler().fit_transform(X), y))',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'feature-selection', 'linear-model', 'standardization', 'validation']
# edge_cases = true
# ///
from sklearn.feature_selection import RFE
from sklearn.linear_model import LinearRegression
from sklearn.preprocessing import StandardScaler


def rfe_keep(X, y, names, n_keep):
    """Recursive feature elimination with a linear regression on
    standardised features.

    Standardises X, then runs RFE(LinearRegression(),
    n_features_to_select=n_keep) removing one feature per step. Returns
    {"kept": names of the kept features in column order,
     "ranking": {name: RFE rank} with 1 for every kept feature}.
    When n_keep is outside 1..len(names), raises
    ValueError("n_keep must be between 1 and the number of features").
    """
    if not 1 <= n_keep <= len(names):
        raise ValueError("n_keep must be between 1 and the number of features")
    # coefficients are only comparable once the columns share one scale
    scaled = StandardScaler().fit_transform(X)
    selector = RFE(LinearRegression(), n_features_to_select=n_keep, step=1).fit(scaled, y)
    kept = [name for name, keep in zip(names, selector.support_, strict=True) if keep]
    ranking = {name: int(rank) for name, rank in zip(names, selector.ranking_, strict=True)}
    return {"kept": kept, "ranking": ranking}


rfe_result = rfe_keep(X, y, ["x0", "x1", "x2", "x3", "x4"], n_keep=2)

try:
    rfe_keep(X, y, ["x0", "x1", "x2", "x3", "x4"], n_keep=6)
except ValueError as error:
    bad_keep_error = str(error)
