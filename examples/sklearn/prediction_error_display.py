# /// example
# task = """
# Fit a `GradientBoostingRegressor` (100 depth-3 trees, `random_state=0`) on a 75% split of `X`, \
# `y`, predict the test part into `y_pred`, and draw two diagnostic panels side by side (`axes`) \
# with `PredictionErrorDisplay.from_predictions`: actual versus predicted on the left and \
# residuals versus predicted on the right, titled "Actual vs predicted" and \
# "Residuals vs predicted"; finish with the figure's suptitle \
# "Gradient boosting: test-set errors". Keep the fitted regressor as `model`."""
# prompt = """
# Fit a gradient boosting regressor `model` (100 depth-3 trees, random_state=0) on a 75/25 split \
# of `X`, `y`, predict the test part into `y_pred`, and draw two diagnostic panels side by side \
# in `axes` using scikit-learn's prediction-error display: actual vs predicted on the left, \
# residuals vs predicted on the right, titled "Actual vs predicted" and "Residuals vs predicted". \
# Finish with the figure title "Gradient boosting: test-set errors"."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'matplotlib']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     'y_pred.shape == (math.ceil(0.25 * len(y)),)',
#     "figure_summary().n_axes == 2 and figure_summary().titles == ['Actual vs predicted', 'Residuals vs predicted']",
#     'all(a.n_collections >= 1 and a.n_lines >= 1 for a in figure_summary().axes)',
#     "figure_summary().suptitle == 'Gradient boosting: test-set errors'",
#     'model.n_estimators == 100 and model.max_depth == 3',
# ]
# difficulty = 'intermediate'
# tags = ['regression', 'residuals', 'ensemble']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import PredictionErrorDisplay
from sklearn.model_selection import train_test_split

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
model = GradientBoostingRegressor(n_estimators=100, max_depth=3, random_state=0)
y_pred = model.fit(X_train, y_train).predict(X_test)

fig, axes = plt.subplots(1, 2, figsize=(10, 4))
PredictionErrorDisplay.from_predictions(y_test, y_pred, kind="actual_vs_predicted", ax=axes[0])
axes[0].set_title("Actual vs predicted")
# residuals should scatter evenly around zero with no trend
PredictionErrorDisplay.from_predictions(y_test, y_pred, kind="residual_vs_predicted", ax=axes[1])
axes[1].set_title("Residuals vs predicted")
fig.suptitle("Gradient boosting: test-set errors")
