# /// example
# task = """
# `scores` is a long table with several rows per `subject` (columns `subject`, `condition`, \
# `time`, `score`). This code should estimate how well a linear regression of `score` on `time` \
# generalises to new subjects, with 3-fold `GroupKFold` cross-validation so that no subject is \
# in both the training and the test folds, and store the three mean-absolute-error values (as \
# positive numbers) in `fold_mae`, but it raises an error:
#
# ```python
# from sklearn.linear_model import LinearRegression
# from sklearn.model_selection import GroupKFold, cross_val_score
#
# fold_mae = -cross_val_score(
#     LinearRegression(), scores[["time"]], scores["score"], cv=GroupKFold(n_splits=3), scoring="neg_mean_absolute_error"
# )
# ```
#
# ```text
# ValueError: The 'groups' parameter should not be None.
# ```
#
# Fix it."""
# prompt = """
# I want subject-wise cross-validation (3-fold `GroupKFold`, whole subjects held out) of a \
# linear regression of `score` on `time` in my long table `scores`, with the per-fold MAE as \
# positive numbers in `fold_mae`:
#
# ```python
# from sklearn.linear_model import LinearRegression
# from sklearn.model_selection import GroupKFold, cross_val_score
#
# fold_mae = -cross_val_score(
#     LinearRegression(), scores[["time"]], scores["score"], cv=GroupKFold(n_splits=3), scoring="neg_mean_absolute_error"
# )
# ```
#
# ```text
# ValueError: The 'groups' parameter should not be None.
# ```
#
# Doesn't GroupKFold know about my subjects?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { scores = 'rm_long' }
# checks = [
#     'len(fold_mae) == 3 and np.all(np.asarray(fold_mae) >= 0)',
#     # every test fold holds whole subjects, so recompute the MAE per GroupKFold split
#     'np.allclose(np.sort(fold_mae), np.sort([np.mean(np.abs(sklearn.linear_model.LinearRegression().fit(scores[["time"]].iloc[tr], scores["score"].iloc[tr]).predict(scores[["time"]].iloc[te]) - scores["score"].iloc[te])) for tr, te in sklearn.model_selection.GroupKFold(n_splits=3).split(scores, groups=scores["subject"])]))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'cross-validation', 'linear-model', 'regression']
# edge_cases = { min_size = 3, why = "three folds of whole subjects need at least three subjects" }
# ///
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import GroupKFold, cross_val_score

# GroupKFold only knows the subjects through the groups passed to cross_val_score
fold_mae = -cross_val_score(
    LinearRegression(),
    scores[["time"]],
    scores["score"],
    groups=scores["subject"],
    cv=GroupKFold(n_splits=3),
    scoring="neg_mean_absolute_error",
)
