# /// example
# task = """
# Split 8 rows (the positions 0..7 below, as the array `rows`) into 3 folds with scikit-learn's \
# `KFold` without shuffling, and store each fold's test-row positions, in fold order, as the list \
# of arrays `test_folds`, and each fold's training-set size in the list `train_sizes`.
#
# ```text
# rows = [0, 1, 2, 3, 4, 5, 6, 7]
# ```
#
# Wanted:
#
# ```text
# test_folds  = [[0, 1, 2], [3, 4, 5], [6, 7]]
# train_sizes = [5, 5, 6]
# ```"""
# prompt = """
# I'm trying to understand which of my 8 `rows` land in each test fold when I use sklearn's `KFold` \
# with 3 splits and no shuffling:
#
# ```text
# rows = [0, 1, 2, 3, 4, 5, 6, 7]
# ```
#
# I expect `test_folds` and `train_sizes` to come out as:
#
# ```text
# test_folds  = [[0, 1, 2], [3, 4, 5], [6, 7]]
# train_sizes = [5, 5, 6]
# ```
#
# How do I list them?"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     '[np.asarray(fold).tolist() for fold in test_folds] == [[0, 1, 2], [3, 4, 5], [6, 7]]',
#     'list(train_sizes) == [5, 5, 6]',
#     # every row is tested exactly once across the folds
#     'sorted(np.concatenate([np.asarray(fold) for fold in test_folds]).tolist()) == list(range(len(rows)))',
# ]
# difficulty = 'basic'
# tags = ['cross-validation']
# ///
import numpy as np
from sklearn.model_selection import KFold

rows = np.arange(8)
# without shuffle the folds are consecutive blocks; the first folds get the extra rows
folds = KFold(n_splits=3)
test_folds = []
train_sizes = []
for train_index, test_index in folds.split(rows):
    test_folds.append(test_index)
    train_sizes.append(len(train_index))
