# /// example
# task = """
# Ten daily observations are indexed 0..9 (the array `days`). Make 3 forward-chaining splits with \
# scikit-learn's `TimeSeriesSplit`, each test window 2 days long and a gap of 1 day left out \
# between the training days and the test days. Store the splits, in order, as the list `splits` of \
# (train positions, test positions) pairs.
#
# ```text
# days = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# ```
#
# Wanted:
#
# ```text
# split 0: train [0 1 2]           test [4 5]
# split 1: train [0 1 2 3 4]       test [6 7]
# split 2: train [0 1 2 3 4 5 6]   test [8 9]
# ```"""
# prompt = """
# For a time-ordered validation of 10 `days` I want 3 expanding-window splits in `splits` \
# (a list of (train, test) index pairs), each testing on 2 days, and one day skipped between \
# train and test so yesterday's data can't leak into the forecast:
#
# ```text
# days = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# ```
#
# The splits should look like:
#
# ```text
# split 0: train [0 1 2]           test [4 5]
# split 1: train [0 1 2 3 4]       test [6 7]
# split 2: train [0 1 2 3 4 5 6]   test [8 9]
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'len(splits) == 3',
#     '[np.asarray(train).tolist() for train, _ in splits] == [[0, 1, 2], [0, 1, 2, 3, 4], [0, 1, 2, 3, 4, 5, 6]]',
#     '[np.asarray(test).tolist() for _, test in splits] == [[4, 5], [6, 7], [8, 9]]',
#     # the gap: the last training day is 2 days before the first test day
#     'all(np.min(test) - np.max(train) == 2 for train, test in splits)',
# ]
# difficulty = 'intermediate'
# tags = ['cross-validation', 'time-series']
# ///
import numpy as np
from sklearn.model_selection import TimeSeriesSplit

days = np.arange(10)
# gap=1 drops the day just before each test window from the training set
splitter = TimeSeriesSplit(n_splits=3, test_size=2, gap=1)
splits = list(splitter.split(days))
