# /// example
# task = """
# This code fits a support vector regressor `SVR()` on `X` to the target `y` standardised with a \
# `StandardScaler`, and should store its predictions for `X` in `predictions`, in the units of `y`:
#
# ```python
# from sklearn.preprocessing import StandardScaler
# from sklearn.svm import SVR
#
# y_scaler = StandardScaler()
# y_scaled = y_scaler.fit_transform(y.reshape(-1, 1)).ravel()
# model = SVR().fit(X, y_scaled)
# predictions = model.predict(X)
# ```
#
# It runs, but `predictions` are all close to zero, nowhere near the values of `y`. Fix it, \
# keeping the model trained on the standardised target."""
# prompt = """
# I standardise my target `y` before fitting an `SVR()` on `X`, because the default epsilon assumes \
# a target of order one. I want the predictions for `X` in `predictions`, in the original units:
#
# ```python
# from sklearn.preprocessing import StandardScaler
# from sklearn.svm import SVR
#
# y_scaler = StandardScaler()
# y_scaled = y_scaler.fit_transform(y.reshape(-1, 1)).ravel()
# model = SVR().fit(X, y_scaled)
# predictions = model.predict(X)
# ```
#
# but the predictions are tiny numbers around zero while `y` is in the hundreds. What's wrong?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     'predictions.shape == y.shape',
#     # an SVR fitted to the z-scores of y, its predictions mapped back with y's mean and standard deviation
#     'np.allclose(predictions, sklearn.svm.SVR().fit(X, (y - y.mean()) / y.std()).predict(X) * y.std() + y.mean(), rtol=1e-6, atol=1e-6 * np.abs(y).max())',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'standardization', 'regression', 'svm']
# edge_cases = true
# ///
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVR

y_scaler = StandardScaler()
y_scaled = y_scaler.fit_transform(y.reshape(-1, 1)).ravel()
model = SVR().fit(X, y_scaled)
# the model predicts standardised values: map them back to the units of y
predictions = y_scaler.inverse_transform(model.predict(X).reshape(-1, 1)).ravel()
