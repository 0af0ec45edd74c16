# /// example
# task = """
# Build a sliding-window backtest for the daily table `sensor`: `TimeSeriesSplit(n_splits=3, \
# test_size=10, max_train_size=30)`, so each fold tests on the next 10 days after at most the 30 \
# preceding days. Store the folds as a list of `(train_dates, test_dates)` pairs of `DatetimeIndex` \
# in `folds`."""
# prompt = """
# I want to backtest on my daily `sensor` data with a rolling window rather than an expanding \
# one: 3 folds, each testing on 10 days (`test_size=10`) right after a training window of at most 30 days \
# (`max_train_size=30`). Give me `folds`, a list of `(train_dates, test_dates)` pairs of dates."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { sensor = 'sensor' }
# checks = [
#     'len(folds) == 3',
#     # the last 30 days are tested in three consecutive blocks of 10
#     'all(list(te) == list(sensor.index[len(sensor) - 30 + 10 * i : len(sensor) - 20 + 10 * i]) for i, (tr, te) in enumerate(folds))',
#     # training: the (up to) 30 days right before each test block
#     'all(list(tr) == list(sensor.index[max(0, len(sensor) - 30 + 10 * i - 30) : len(sensor) - 30 + 10 * i]) for i, (tr, te) in enumerate(folds))',
# ]
# difficulty = 'intermediate'
# tags = ['cross-validation', 'time-series']
# edge_cases = { min_size = 40, why = "three test blocks of 10 days after a first training block need at least 40 days" }
# ///
from sklearn.model_selection import TimeSeriesSplit

# max_train_size turns the expanding window into a sliding one of at most 30 rows
splitter = TimeSeriesSplit(n_splits=3, test_size=10, max_train_size=30)
folds = [(sensor.index[train], sensor.index[test]) for train, test in splitter.split(sensor)]
