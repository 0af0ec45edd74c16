import joblib
from sklearn.linear_model import LinearRegression


def fit_slope(part):
    # a new estimator inside each task: nothing is shared between the threads
    return LinearRegression().fit(part[["time"]], part["score"]).coef_[0]


groups = dict(list(rm_long.groupby("condition", observed=True)))
with joblib.parallel_config(backend="threading", n_jobs=2):
    values = joblib.Parallel()(joblib.delayed(fit_slope)(part) for part in groups.values())
slopes = dict(zip(groups, values, strict=True))
