import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.linear_model import Ridge
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.utils.validation import check_is_fitted


class QuantileClipper(TransformerMixin, BaseEstimator):
    """Clip every column to quantiles learned on the training data."""

    def __init__(self, lower=0.05, upper=0.95):
        self.lower = lower
        self.upper = upper

    def fit(self, X, y=None):
        values = np.asarray(X, dtype=float)
        self.bounds_ = np.percentile(values, [100 * self.lower, 100 * self.upper], axis=0)
        return self

    def transform(self, X):
        check_is_fitted(self, "bounds_")
        low, high = self.bounds_
        return np.clip(np.asarray(X, dtype=float), low, high)


model = Pipeline(
    [
        ("clip", QuantileClipper()),
        ("scale", StandardScaler()),
        ("ridge", Ridge(alpha=1.0)),
    ]
)
model.fit(X, y)
clipped = model.named_steps["clip"].transform(X)
