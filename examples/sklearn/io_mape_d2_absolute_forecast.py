# /// example
# task = """
# Build the weekly demand `actual` and the forecast `forecast` below and score the forecast with \
# the mean absolute percentage error (as a fraction) in `mape` and the D² absolute-error score \
# (the share of the absolute error around the median that the forecast removes) in `d2`.
#
# ```text
# actual   = [100, 80, 120, 50]
# forecast = [110, 76, 90, 55]
# ```
#
# Wanted:
#
# ```text
# mape = 0.125
# d2   = 0.4556
# ```"""
# prompt = """
# Here is my demand `actual` and my model's `forecast` for four weeks:
#
# ```text
# actual   = [100, 80, 120, 50]
# forecast = [110, 76, 90, 55]
# ```
#
# I need the MAPE as a fraction in `mape` and the D² score based on absolute errors (1 minus the \
# forecast's absolute error over that of always predicting the median) in `d2`:
#
# ```text
# mape = 0.125
# d2   = 0.4556
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(mape, 0.125)',
#     'np.isclose(d2, 0.4556, atol=1e-4)',
#     # recomputed: 1 - sum |error| / sum |actual - median(actual)|
#     'np.isclose(d2, 1 - np.abs(np.subtract(actual, forecast)).sum() / np.abs(np.subtract(actual, np.median(actual))).sum())',
# ]
# difficulty = 'basic'
# tags = ['model-evaluation', 'regression', 'time-series']
# ///
import numpy as np
from sklearn.metrics import d2_absolute_error_score, mean_absolute_percentage_error

actual = np.array([100, 80, 120, 50])
forecast = np.array([110, 76, 90, 55])
# sklearn returns the MAPE as a fraction, not a percentage
mape = mean_absolute_percentage_error(actual, forecast)
d2 = d2_absolute_error_score(actual, forecast)
