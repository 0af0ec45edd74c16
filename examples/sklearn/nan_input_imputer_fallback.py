# /// example
# task = """
# Predict `score` from the other columns of the DataFrame `survey`, which has missing values: \
# drop the rows without a `score` (`features`, `target`), try a plain `LinearRegression` and \
# catch the `ValueError` it raises on NaN features (message in `nan_error`, `None` if nothing was \
# raised), then fit a pipeline that median-imputes before the regression; store it in `model` and \
# its training R^2 in `r2`."""
# prompt = """
# I want to predict `score` from the other columns of my DataFrame `survey`, which has missing \
# values. Drop the rows without a `score` (`features`, `target`), try a plain linear regression \
# and catch the ValueError it raises on NaN features (message in `nan_error`, or None if nothing \
# was raised), then fit a pipeline that median-imputes before the regression; store it in `model` \
# and its training R^2 in `r2`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas']
# inputs = { survey = 'survey' }
# checks = [
#     "len(features) == survey['score'].notna().sum() and 'score' not in features.columns",
#     '(nan_error is not None) == bool(features.isna().any().any())',
#     "nan_error is None or 'NaN' in nan_error",
#     # least squares with an intercept never fits its training data worse than the mean
#     'np.all(np.isfinite(model.predict(features))) and -1e-9 <= r2 <= 1 + 1e-9',
#     # the steps before the regression fill each gap with its column's median (a column with
#     # no values at all is dropped)
#     "np.allclose(np.asarray(model[:-1].transform(features), dtype=float), features.fillna(features.median()).dropna(axis=1, how='all').to_numpy(dtype=float))",
# ]
# difficulty = 'intermediate'
# tags = ['error-handling', 'missing-data', 'imputation']
# [edge_cases]
# min_size = 2
# why = 'a training R^2 needs two labelled rows (the R^2 of a single row is undefined)'
# ///
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LinearRegression
from sklearn.pipeline import make_pipeline

labelled = survey.dropna(subset=["score"])
features, target = labelled.drop(columns="score"), labelled["score"]

nan_error = None
try:
    LinearRegression().fit(features, target)
except ValueError as exc:  # most estimators refuse NaN input outright
    nan_error = str(exc)

# imputation inside the pipeline is learned from the training data only
model = make_pipeline(SimpleImputer(strategy="median"), LinearRegression())
model.fit(features, target)
r2 = model.score(features, target)
