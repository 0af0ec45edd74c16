# /// example
# task = """
# Fit a `HistGradientBoostingRegressor` (50 boosting iterations, early stopping off) on `X`, `y`; \
# store it in `model` and its predictions for `X` in `predicted`."""
# prompt = """
# Fit scikit-learn's histogram gradient boosting regressor on `X`, `y` for exactly 50 boosting \
# iterations, with early stopping turned off so all of them run. Store the model in `model` and \
# its predictions on `X` in `predicted`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     'model.n_iter_ == 50 and predicted.shape == y.shape',
#     # boosting from the mean only ever lowers the training squared error
#     'np.mean((y - predicted) ** 2) <= np.var(y) * (1 + 1e-9) + 1e-12',
# ]
# difficulty = 'basic'
# tags = ['ensemble', 'regression']
# edge_cases = true
# # seconds: OpenMP's threads wait for one another at every split found, which on an oversubscribed
# # machine costs a time slice each (100 iterations took 40-80 s on two cores shared with other jobs)
# timeout = 120
# ///
from sklearn.ensemble import HistGradientBoostingRegressor

# multithreaded by OpenMP on every core; early_stopping=False runs all 50 iterations
model = HistGradientBoostingRegressor(max_iter=50, early_stopping=False).fit(X, y)
predicted = model.predict(X)
