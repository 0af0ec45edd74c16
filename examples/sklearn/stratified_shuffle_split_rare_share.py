# /// example
# task = """
# Draw 5 random stratified train/test splits of `X`, `y` with `StratifiedShuffleSplit(n_splits=5, \
# test_size=0.25, random_state=0)`. Store the list of test index arrays in `test_sets` and the share \
# of class 1 in each test set in `test_share` (a list of 5 floats)."""
# prompt = """
# My labels `y` are 90/10, and for repeated hold-out evaluation of `X`, `y` I want 5 random 25% test \
# sets (`n_splits=5`, `test_size=0.25`, `random_state=0`) that all keep the class balance. Give me the \
# test indices of each split in `test_sets` and the fraction of class 1 in each in `test_share`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_imbalanced.X', y = 'clf_imbalanced.y' }
# checks = [
#     'len(test_sets) == 5 and all(len(t) == int(np.ceil(0.25 * len(y))) for t in test_sets)',
#     'np.allclose(test_share, [np.mean(y[t] == 1) for t in test_sets])',
#     # stratification: the minority count in each test set is within one of its expected count
#     'all(abs(np.sum(y[t] == 1) - np.mean(y == 1) * len(t)) <= 1 for t in test_sets)',
#     # the same test rows as the splitter's, in any order within each split
#     '[sorted(t) for t in test_sets] == [sorted(te) for _, te in sklearn.model_selection.StratifiedShuffleSplit(n_splits=5, test_size=0.25, random_state=0).split(X, y)]',
# ]
# difficulty = 'intermediate'
# tags = ['train-test-split', 'imbalanced-classes', 'cross-validation']
# edge_cases = { min_size = 40, why = "a stratified 25% test set needs a few samples of the rare class" }
# ///
import numpy as np
from sklearn.model_selection import StratifiedShuffleSplit

splitter = StratifiedShuffleSplit(n_splits=5, test_size=0.25, random_state=0)
# unlike KFold, the 5 test sets are drawn independently and may overlap
test_sets = [test for _, test in splitter.split(X, y)]
test_share = [float(np.mean(y[test] == 1)) for test in test_sets]
