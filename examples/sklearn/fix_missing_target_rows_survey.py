# /// example
# task = """
# This code should fit a regression of `score` on `income`, `age` and `hours` from the table \
# `survey`, median-imputing missing feature values inside the pipeline `model`, but it raises an \
# error:
#
# ```python
# from sklearn.impute import SimpleImputer
# from sklearn.linear_model import LinearRegression
# from sklearn.pipeline import make_pipeline
#
# features = ["income", "age", "hours"]
# model = make_pipeline(SimpleImputer(strategy="median"), LinearRegression())
# model.fit(survey[features], survey["score"])
# ```
#
# ```text
# ValueError: Input y contains NaN.
# ```
#
# Fix it: rows whose `score` is missing cannot be used for training, so drop them (and only them) \
# before fitting; keep the fitted pipeline in `model`."""
# prompt = """
# My `survey` table has gaps everywhere. I impute the features (`income`, `age`, `hours`) with the \
# median in a pipeline and fit a linear regression of `score`, keeping it in `model`:
#
# ```python
# from sklearn.impute import SimpleImputer
# from sklearn.linear_model import LinearRegression
# from sklearn.pipeline import make_pipeline
#
# features = ["income", "age", "hours"]
# model = make_pipeline(SimpleImputer(strategy="median"), LinearRegression())
# model.fit(survey[features], survey["score"])
# ```
#
# ```text
# ValueError: Input y contains NaN.
# ```
#
# I thought the imputer handled missing values. What am I missing?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { survey = 'survey' }
# checks = [
#     # training rows: those with a known score; features imputed with the medians of those rows
#     '(lambda known: (lambda F: np.allclose(model.predict(survey.loc[known, ["income", "age", "hours"]]), sklearn.linear_model.LinearRegression().fit(F, survey.loc[known, "score"]).predict(F)))(survey.loc[known, ["income", "age", "hours"]].fillna(survey.loc[known, ["income", "age", "hours"]].median())))(survey["score"].notna())',
#     'np.allclose(model[0].statistics_, survey.loc[survey["score"].notna(), ["income", "age", "hours"]].median().to_numpy())',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'missing-data', 'imputation', 'regression']
# edge_cases = true
# ///
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LinearRegression
from sklearn.pipeline import make_pipeline

features = ["income", "age", "hours"]
# the imputer only fills X; a row without a target cannot be learnt from, so drop it
labelled = survey.dropna(subset=["score"])
model = make_pipeline(SimpleImputer(strategy="median"), LinearRegression())
model.fit(labelled[features], labelled["score"])
