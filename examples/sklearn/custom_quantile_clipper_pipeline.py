# /// example
# task = """
# Write a scikit-learn transformer `QuantileClipper` (subclassing `BaseEstimator` and \
# `TransformerMixin`, parameters `lower=0.05` and `upper=0.95`) whose `fit` learns each column's \
# lower and upper quantiles and whose `transform` clips the columns to them. Put it in a pipeline \
# `model` before `StandardScaler` and `Ridge(alpha=1.0)`, fit it on `X`, `y`, and store the \
# clipped training features from the fitted first step in `clipped`."""
# prompt = """
# Extreme values in my features `X` hurt my ridge regression of `y`. Write a reusable \
# scikit-learn transformer class `QuantileClipper` (BaseEstimator + TransformerMixin, parameters \
# `lower=0.05` and `upper=0.95`): fit should learn each column's 5% and 95% quantiles and \
# transform should clip the columns to them, so new data is clipped at the training bounds. Chain \
# it with a standard scaler and `Ridge(alpha=1.0)` in a pipeline `model`, fit it on `X`, `y`, and \
# keep the clipped training features in `clipped`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     'np.allclose(clipped, np.clip(X, np.quantile(X, 0.05, axis=0), np.quantile(X, 0.95, axis=0)))',
#     "isinstance(model[0], sklearn.base.TransformerMixin) and model[0].get_params() == {'lower': 0.05, 'upper': 0.95}",
#     # the bounds are learned in fit: new extreme rows are clipped to the training quantiles
#     'np.allclose(model[0].transform(np.full((2, X.shape[1]), 1e300) * [[1], [-1]]), [np.quantile(X, 0.95, axis=0), np.quantile(X, 0.05, axis=0)])',
#     'np.allclose(model.predict(X), sklearn.pipeline.make_pipeline(sklearn.preprocessing.StandardScaler(), sklearn.linear_model.Ridge(alpha=1.0)).fit(np.clip(X, np.quantile(X, 0.05, axis=0), np.quantile(X, 0.95, axis=0)), y).predict(np.clip(X, np.quantile(X, 0.05, axis=0), np.quantile(X, 0.95, axis=0))))',
#     # the parameters are stored as given, so clone (used by cross-validation and search) keeps them
#     "sklearn.base.clone(model[0]).get_params() == {'lower': 0.05, 'upper': 0.95}",
# ]
# difficulty = 'advanced'
# tags = ['pipeline', 'outliers', 'feature-engineering', 'regression']
# edge_cases = true
# ///
import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.linear_model import Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


class QuantileClipper(TransformerMixin, BaseEstimator):
    def __init__(self, lower=0.05, upper=0.95):
        # store the parameters unchanged, so get_params, set_params and clone work
        self.lower = lower
        self.upper = upper

    def fit(self, X, y=None):
        X = np.asarray(X, dtype=float)
        self.lower_bounds_ = np.quantile(X, self.lower, axis=0)
        self.upper_bounds_ = np.quantile(X, self.upper, axis=0)
        return self

    def transform(self, X):
        return np.clip(np.asarray(X, dtype=float), self.lower_bounds_, self.upper_bounds_)


model = make_pipeline(QuantileClipper(lower=0.05, upper=0.95), StandardScaler(), Ridge(alpha=1.0))
model.fit(X, y)
clipped = model[0].transform(X)
