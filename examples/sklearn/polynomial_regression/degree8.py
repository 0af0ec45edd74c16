# /// example
# task = """
# Fit a polynomial regression of degree 8 to the peaked curve samples `x`, `y` with a pipeline of \
# `StandardScaler`, `PolynomialFeatures(degree=8)` and `LinearRegression`; store the fitted \
# values at `x` in `fitted` and the training R^2 in `r2`. Keep the fitted pipeline as `model`."""
# prompt = """
# How well does a high-degree polynomial fit my peaked curve `x`, `y`? Build a pipeline that \
# standardizes x, expands it to polynomial features of degree 8 and fits a linear regression; \
# keep the fitted pipeline as `model`, the fitted values at `x` in `fitted` and the training R^2 \
# in `r2`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { x = 'peak.x', y = 'peak.y' }
# checks = [
#     # least squares with an intercept never fits worse than the mean (up to rounding)
#     'fitted.shape == y.shape and -1e-9 <= r2 <= 1 + 1e-9',
#     'model[1].powers_.max() == 8',
#     # the same least-squares polynomial as numpy's polyfit, so the same R^2
#     'np.isclose(r2, 1 - np.sum((y - np.polyval(np.polyfit(x, y, 8), x)) ** 2) / np.sum((y - y.mean()) ** 2), atol=1e-6)',
#     'r2 >= 1 - np.sum((y - np.polyval(np.polyfit(x, y, 7), x)) ** 2) / np.sum((y - y.mean()) ** 2) - 1e-9',
# ]
# difficulty = 'intermediate'
# tags = ['regression', 'feature-engineering', 'parameter-choice']
# family = 'sklearn.polynomial_regression'
# edge_cases = true
# ///
from sklearn.linear_model import LinearRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import PolynomialFeatures, StandardScaler

x_col = x.reshape(-1, 1)
# scaling x first keeps high powers from spanning many orders of magnitude
model = make_pipeline(StandardScaler(), PolynomialFeatures(degree=8), LinearRegression())
model.fit(x_col, y)
fitted = model.predict(x_col)
# training R^2 only grows with the degree; judge over- and underfitting on held-out data
r2 = model.score(x_col, y)
