# /// example
# task = """
# The counts below grow by a factor of 3 per step. Build them as the arrays `step` (shape (4, 1)) \
# and `count`, fit a linear regression on the log of `count` by wrapping it in scikit-learn's \
# `TransformedTargetRegressor` (log on the way in, exp on the way out), keep the fitted model in \
# `model` and store its predictions on the original scale for steps 4 and 5 in `forecast`.
#
# ```text
# step   count
#    0       2
#    1       6
#    2      18
#    3      54
# ```
#
# Wanted:
#
# ```text
# forecast = [162.0, 486.0]
# ```"""
# prompt = """
# My `count` values triple every `step`:
#
# ```text
# step   count
#    0       2
#    1       6
#    2      18
#    3      54
# ```
#
# I'd like a linear regression on log(count) that still predicts plain counts, wrapped as one sklearn \
# estimator `model` (a `TransformedTargetRegressor` with log/exp). The `forecast` for steps 4 and 5 \
# should be:
#
# ```text
# forecast = [162.0, 486.0]
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(forecast, [162.0, 486.0])',
#     'isinstance(model, sklearn.compose.TransformedTargetRegressor)',
#     # on the log scale the inner regression has slope log(3) and intercept log(2)
#     'np.allclose(model.regressor_.coef_, [np.log(3.0)]) and np.isclose(model.regressor_.intercept_, np.log(2.0))',
#     'np.ravel(step).tolist() == [0, 1, 2, 3] and np.ravel(count).tolist() == [2, 6, 18, 54]',
# ]
# difficulty = 'intermediate'
# tags = ['regression', 'linear-model', 'feature-engineering']
# ///
import numpy as np
from sklearn.compose import TransformedTargetRegressor
from sklearn.linear_model import LinearRegression

step = np.array([[0], [1], [2], [3]])
count = np.array([2.0, 6.0, 18.0, 54.0])

# the regressor sees log(count); predictions are sent back through exp
model = TransformedTargetRegressor(regressor=LinearRegression(), func=np.log, inverse_func=np.exp)
model.fit(step, count)
forecast = model.predict(np.array([[4], [5]]))
