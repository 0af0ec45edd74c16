# /// example
# task = """
# Forecast the daily `temperature` of the DataFrame `weather` from its values 1, 2 and 3 days \
# earlier with `Ridge`, evaluated by a 5-split `TimeSeriesSplit` so every model is trained only \
# on the past; store the lag matrix in `X_lags`, the splitter in `splitter` and the per-split \
# mean absolute errors as an array in `fold_mae`."""
# prompt = """
# Forecast the daily `temperature` in my DataFrame `weather` from its values 1, 2 and 3 days \
# earlier with ridge regression, evaluated with a 5-split time-series cross-validator so each \
# model only trains on the past. Store the lag matrix (rows with incomplete lags dropped) in \
# `X_lags`, the splitter in `splitter`, and the per-split mean absolute errors as an array in \
# `fold_mae`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { weather = 'weather' }
# checks = [
#     'X_lags.shape == (len(weather) - 3, 3)',
#     # the columns are the temperature 1, 2 and 3 days earlier (in any order), one row per day from the 4th on
#     '(lambda t: sorted(map(tuple, np.asarray(X_lags, dtype=float).T)) == sorted(map(tuple, np.column_stack([t[3 - k : len(t) - k] for k in (1, 2, 3)]).T)))(weather["temperature"].to_numpy(float))',
#     # per split: the mean absolute error of a default Ridge on the three lags, trained on the earlier rows
#     # and tested on the next block (the first 3 days have no complete lags)
#     'np.allclose(fold_mae, -sklearn.model_selection.cross_val_score(sklearn.linear_model.Ridge(), np.column_stack([weather["temperature"].shift(k) for k in (1, 2, 3)])[3:], weather["temperature"].to_numpy()[3:], cv=sklearn.model_selection.TimeSeriesSplit(n_splits=5), scoring="neg_mean_absolute_error"))',
#     'all(train.max() < test.min() for train, test in splitter.split(X_lags))',
#     'fold_mae.shape == (5,) and np.all(fold_mae >= 0)',
#     'len(X_lags) - sum(len(test) for _, test in splitter.split(X_lags)) == next(iter(splitter.split(X_lags)))[0].size',
# ]
# difficulty = 'advanced'
# tags = ['time-series', 'cross-validation']
# [edge_cases]
# min_size = 9
# why = '5 time-series splits need 6 rows of lags, and the first 3 days have no lags: 9 days'
# ///
import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import TimeSeriesSplit

temperature = weather["temperature"]
lagged = pd.concat({f"lag{k}": temperature.shift(k) for k in (1, 2, 3)}, axis=1)
data = lagged.assign(target=temperature).dropna()
X_lags = data.drop(columns="target").to_numpy()
target = data["target"].to_numpy()

# each split trains on an expanding window and tests on the block right after it
splitter = TimeSeriesSplit(n_splits=5)
fold_mae = []
for train_idx, test_idx in splitter.split(X_lags):
    model = Ridge(alpha=1.0).fit(X_lags[train_idx], target[train_idx])
    fold_mae.append(mean_absolute_error(target[test_idx], model.predict(X_lags[test_idx])))
fold_mae = np.array(fold_mae)
