# /// example
# task = """
# The predictions `y_pred` below are meant as 90th-percentile forecasts of `y_true`. Score them with the mean pinball (quantile) loss at `alpha=0.9` in `pinball`.
#
# ```text
# y_true = [10, 20, 30]
# y_pred = [12, 15, 30]      # forecasts of the 90th percentile
# ```
#
# Wanted:
#
# ```text
# pinball = 1.5667
# ```"""
# prompt = """
# My model predicts the 90th percentile of demand, so plain MAE is the wrong score. Data (`y_true`, `y_pred`):
#
# ```text
# y_true = [10, 20, 30]
# y_pred = [12, 15, 30]      # forecasts of the 90th percentile
# ```
#
# What is the pinball loss for `alpha=0.9`? Store it as `pinball`:
#
# ```text
# pinball = 1.5667
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(pinball, 1.5667, atol=1e-4)',
#     # under-prediction costs 0.9 per unit (5 units), over-prediction 0.1 per unit (2 units)
#     'np.isclose(pinball, (0.1 * 2 + 0.9 * 5 + 0) / 3)',
# ]
# difficulty = 'basic'
# tags = ['model-evaluation', 'quantiles', 'regression']
# ///
from sklearn.metrics import mean_pinball_loss

y_true = [10, 20, 30]
y_pred = [12, 15, 30]
# alpha is the quantile the predictions target
pinball = mean_pinball_loss(y_true, y_pred, alpha=0.9)
