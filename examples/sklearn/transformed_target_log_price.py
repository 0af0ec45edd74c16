# /// example
# task = """
# Build the positive, right-skewed target `price = np.exp(y / y.std())` from `y`, split `X`, \
# `price` 75/25 with `random_state=0` into `X_train`, `X_test`, `price_train`, `price_test`, and \
# fit a `TransformedTargetRegressor` `model` that fits a `LinearRegression` to the log of the price \
# and returns predictions on the original scale. Store its predictions for `X_test` in \
# `predictions` and their R^2 against `price_test` in `test_r2`."""
# prompt = """
# My target is a price, positive and right-skewed: `price = np.exp(y / y.std())` built from `y`. \
# Split `X`, `price` 75/25 with random_state=0 into `X_train`, `X_test`, `price_train`, \
# `price_test`, and fit a linear regression on the log of the price, wrapped so that the model \
# `model` takes and returns prices (not logs). Keep its predictions for `X_test` in `predictions` \
# and their R^2 on `price_test` in `test_r2`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     'any(np.allclose(np.sort(np.concatenate([price_train, price_test])), np.sort(np.exp(y / np.std(y, ddof=d)))) for d in (0, 1))',
#     'len(X_test) == len(price_test) == len(predictions) and abs(len(X_test) - 0.25 * len(X)) <= 1',
#     'np.all(predictions > 0)',
#     # a linear fit on the log scale, transformed back with exp
#     'np.allclose(predictions, np.exp(sklearn.linear_model.LinearRegression().fit(X_train, np.log(price_train)).predict(X_test)))',
#     'np.isclose(test_r2, sklearn.metrics.r2_score(price_test, predictions))',
# ]
# difficulty = 'intermediate'
# tags = ['regression', 'feature-engineering', 'linear-model', 'train-test-split']
# edge_cases = true
# ///
import numpy as np
from sklearn.compose import TransformedTargetRegressor
from sklearn.linear_model import LinearRegression
from sklearn.metrics import r2_score
from sklearn.model_selection import train_test_split

price = np.exp(y / y.std())
X_train, X_test, price_train, price_test = train_test_split(
    X, price, test_size=0.25, random_state=0
)
# the regressor is fitted to log(price); predict applies exp to its output
model = TransformedTargetRegressor(regressor=LinearRegression(), func=np.log, inverse_func=np.exp)
model.fit(X_train, price_train)
predictions = model.predict(X_test)
test_r2 = r2_score(price_test, predictions)
