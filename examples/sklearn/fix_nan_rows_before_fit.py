# /// example
# task = """
# This code should fit a linear regression `model` of `score` on `income`, `age` and `hours` from \
# the `survey` table, using the rows where all four are present (kept in `complete`), but it \
# raises an error:
#
# ```python
# from sklearn.linear_model import LinearRegression
#
# model = LinearRegression().fit(survey[["income", "age", "hours"]], survey["score"])
# ```
#
# ```text
# ValueError: Input X contains NaN.
# ```
#
# Fix it by dropping the incomplete rows instead of imputing them."""
# prompt = """
# I want a linear regression of `score` on `income`, `age` and `hours` using my `survey` data, \
# stored as `model`, fitted on the complete rows only (kept in `complete`):
#
# ```python
# from sklearn.linear_model import LinearRegression
#
# model = LinearRegression().fit(survey[["income", "age", "hours"]], survey["score"])
# ```
#
# It fails with
#
# ```text
# ValueError: Input X contains NaN.
# ```
#
# Some answers are missing. I'd rather drop the incomplete rows (any of the four columns missing) \
# than impute. How do I do that?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas']
# inputs = { survey = 'survey' }
# checks = [
#     'len(complete) == survey[["income", "age", "hours", "score"]].notna().all(axis=1).sum()',
#     'bool(complete[["income", "age", "hours", "score"]].notna().all(axis=None))',
#     # the same regression fitted on the rows where all four columns are present
#     'np.allclose(model.predict(complete[["income", "age", "hours"]]), sklearn.linear_model.LinearRegression().fit(survey.loc[survey[["income", "age", "hours", "score"]].notna().all(axis=1).to_numpy(), ["income", "age", "hours"]], survey.loc[survey[["income", "age", "hours", "score"]].notna().all(axis=1).to_numpy(), "score"]).predict(complete[["income", "age", "hours"]]))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'missing-data', 'linear-model']
# edge_cases = true
# ///
from sklearn.linear_model import LinearRegression

features = ["income", "age", "hours"]
# the model cannot handle NaN: drop every row with a missing feature or target before fitting
complete = survey.dropna(subset=[*features, "score"])
model = LinearRegression().fit(complete[features], complete["score"])
