# /// example
# task = """
# For the targets `y_true` and predictions `y_pred` below, compute the mean absolute error `mae`, the median absolute error `median_ae` and the largest absolute error `worst`.
#
# ```text
# y_true = [3, 2, 7, 1]
# y_pred = [4, 2, 7, 5]
# ```
#
# Wanted:
#
# ```text
# mae       = 1.25
# median_ae = 0.5
# worst     = 4
# ```"""
# prompt = """
# One prediction is far off in this small example, and I want to see how much each error summary reacts. Data `y_true`, `y_pred`:
#
# ```text
# y_true = [3, 2, 7, 1]
# y_pred = [4, 2, 7, 5]
# ```
#
# Please give me the MAE (`mae`), the median absolute error (`median_ae`) and the maximum error (`worst`):
#
# ```text
# mae       = 1.25
# median_ae = 0.5
# worst     = 4
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(mae, 1.25)',
#     'np.isclose(median_ae, 0.5)',
#     'np.isclose(worst, 4)',
#     # absolute errors 1, 0, 0, 4: the median ignores the outlying 4, the mean does not
#     'np.isclose(median_ae, np.median(np.abs(np.subtract(y_true, y_pred))))',
# ]
# difficulty = 'basic'
# tags = ['model-evaluation', 'regression', 'robust-statistics']
# ///
from sklearn.metrics import max_error, mean_absolute_error, median_absolute_error

y_true = [3, 2, 7, 1]
y_pred = [4, 2, 7, 5]
mae = mean_absolute_error(y_true, y_pred)
# the median is robust to the single large error; max_error reports exactly that error
median_ae = median_absolute_error(y_true, y_pred)
worst = max_error(y_true, y_pred)
