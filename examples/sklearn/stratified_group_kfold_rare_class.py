# /// example
# task = """
# The rows of the imbalanced data `X`, `y` were collected at 20 clinics in turn \
# (`groups = np.arange(len(y)) % 20`). Split them with a 4-fold `StratifiedGroupKFold` \
# (`shuffle=True`, `random_state=0`) so no clinic is on both sides of a split while each test fold \
# keeps about the overall share of the rare class 1. Keep the splitter in `cv` and the share of \
# class 1 in each of the four test folds, in split order, in `test_positive_rate`."""
# prompt = """
# My imbalanced data `X`, `y` come from 20 clinics, visited in turn, so the clinic of each row is \
# `groups = np.arange(len(y)) % 20`. I need 4 cross-validation folds that never put one clinic in \
# both training and test but still keep the rare class 1 at about its overall share in every test \
# fold; shuffle with random_state=0. Keep the splitter in `cv` and the share of class 1 in each \
# test fold, in split order, in `test_positive_rate`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_imbalanced.X', y = 'clf_imbalanced.y' }
# checks = [
#     'np.array_equal(groups, np.arange(len(y)) % 20)',
#     'cv.get_n_splits() == 4 and len(test_positive_rate) == 4',
#     'all(set(groups[train]).isdisjoint(groups[test]) for train, test in cv.split(X, y, groups))',
#     'np.allclose(test_positive_rate, [np.mean(y[test] == 1) for _, test in sklearn.model_selection.StratifiedGroupKFold(n_splits=4, shuffle=True, random_state=0).split(X, y, groups)])',
#     # every sample is in exactly one test fold
#     'np.array_equal(np.sort(np.concatenate([test for _, test in cv.split(X, y, groups)])), np.arange(len(y)))',
# ]
# difficulty = 'intermediate'
# tags = ['cross-validation', 'imbalanced-classes']
# [edge_cases]
# min_size = 27
# why = 'stratifying 4 folds needs four samples of the rare class: an imbalanced draw has four from 27 samples'
# ///
import numpy as np
from sklearn.model_selection import StratifiedGroupKFold

groups = np.arange(len(y)) % 20
# whole clinics are assigned to folds, chosen to keep each fold's class mix close to the overall
cv = StratifiedGroupKFold(n_splits=4, shuffle=True, random_state=0)
test_positive_rate = np.array([np.mean(y[test] == 1) for _, test in cv.split(X, y, groups)])
