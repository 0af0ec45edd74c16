import numpy as np

actual = np.array([100.0, 80.0, 120.0, 50.0])
forecast = np.array([110.0, 76.0, 90.0, 55.0])
abs_err = np.abs(actual - forecast)
mape = np.mean(abs_err / np.abs(actual))
# the baseline for D² with absolute error is a constant forecast at the median
d2 = 1 - abs_err.sum() / np.abs(actual - np.median(actual)).sum()
