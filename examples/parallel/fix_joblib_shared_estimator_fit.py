# /// example
# task = """
# This code should fit a separate linear regression of `score` on `time` for each `condition` of \
# the long table `rm_long` in joblib threads and store the slope per condition in the dict \
# `slopes` (keys `"control"`, `"low"`, `"high"`; 0 for a condition whose times are all equal), but \
# all three slopes come out the same:
#
# ```python
# from joblib import Parallel, delayed
# from sklearn.linear_model import LinearRegression
#
# model = LinearRegression()
# conditions = ["control", "low", "high"]
# parts = [rm_long[rm_long["condition"] == c] for c in conditions]
# fitted = Parallel(n_jobs=2, prefer="threads")(
#     delayed(model.fit)(part[["time"]], part["score"]) for part in parts
# )
# slopes = {c: m.coef_[0] for c, m in zip(conditions, fitted)}
# ```
#
# Fix it."""
# prompt = """
# I fit one linear regression of `score` on `time` per `condition` of my repeated-measures table \
# `rm_long`, in parallel with joblib threads, and keep the slopes in a dict `slopes` keyed \
# `"control"`, `"low"`, `"high"` (a slope of 0 when a condition has a single time point):
#
# ```python
# from joblib import Parallel, delayed
# from sklearn.linear_model import LinearRegression
#
# model = LinearRegression()
# conditions = ["control", "low", "high"]
# parts = [rm_long[rm_long["condition"] == c] for c in conditions]
# fitted = Parallel(n_jobs=2, prefer="threads")(
#     delayed(model.fit)(part[["time"]], part["score"]) for part in parts
# )
# slopes = {c: m.coef_[0] for c, m in zip(conditions, fitted)}
# ```
#
# The three slopes are identical, which can't be right. What's going on?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'joblib']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'sorted(slopes) == ["control", "high", "low"]',
#     # least-squares slope per condition; 0 where all its times are equal (nothing to fit)
#     '''all(
#         np.isclose(slopes[c], ((t - t.mean()) * (s - s.mean())).sum() / ((t - t.mean()) ** 2).sum() if np.ptp(t) > 0 else 0.0, atol=1e-8)
#         for c, t, s in (
#             (c, rm_long.loc[rm_long["condition"] == c, "time"].to_numpy(dtype=float), rm_long.loc[rm_long["condition"] == c, "score"].to_numpy(dtype=float))
#             for c in ["control", "low", "high"]
#         )
#     )''',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'parallelism', 'linear-model', 'groupby']
# edge_cases = true
# ///
from joblib import Parallel, delayed
from sklearn.base import clone
from sklearn.linear_model import LinearRegression

model = LinearRegression()
conditions = ["control", "low", "high"]
parts = [rm_long[rm_long["condition"] == c] for c in conditions]
# fit() returns the estimator itself, so every task refitted (and returned) the one shared
# `model`: the list held the same object three times. Fit an unfitted copy per task instead
fitted = Parallel(n_jobs=2, prefer="threads")(
    delayed(clone(model).fit)(part[["time"]], part["score"]) for part in parts
)
slopes = {c: m.coef_[0] for c, m in zip(conditions, fitted, strict=True)}
