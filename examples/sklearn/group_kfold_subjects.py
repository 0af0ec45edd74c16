# /// example
# task = """
# The rows of `X`, `y` come from subjects who each contributed 6 consecutive samples: build the \
# subject labels `groups = np.arange(len(y)) // 6`, then cross-validate a \
# `DecisionTreeClassifier(max_depth=3, random_state=0)` with a 5-fold `GroupKFold` so no subject \
# appears in both a training and a test fold. Keep the splitter in `cv` and the five fold \
# accuracies in `scores`."""
# prompt = """
# Each subject in my data `X`, `y` gave 6 consecutive samples, so the subject ids are \
# `groups = np.arange(len(y)) // 6`. Cross-validate a decision tree (max_depth=3, \
# random_state=0) with 5 folds that keep every subject's samples together, never split between \
# training and test. Keep the splitter in `cv` and the five accuracies in `scores`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'np.array_equal(groups, np.arange(len(y)) // 6)',
#     'len(scores) == 5 and np.all((scores >= 0) & (scores <= 1))',
#     # no subject is on both sides of any split, and every sample is tested exactly once
#     'all(set(groups[train]).isdisjoint(groups[test]) for train, test in cv.split(X, y, groups))',
#     'np.array_equal(np.sort(np.concatenate([test for _, test in cv.split(X, y, groups)])), np.arange(len(y)))',
#     'np.allclose(scores, sklearn.model_selection.cross_val_score(sklearn.tree.DecisionTreeClassifier(max_depth=3, random_state=0), X, y, groups=groups, cv=cv))',
#     'np.allclose(scores, [sklearn.tree.DecisionTreeClassifier(max_depth=3, random_state=0).fit(X[train], y[train]).score(X[test], y[test]) for train, test in cv.split(X, y, groups)])',
# ]
# difficulty = 'intermediate'
# tags = ['cross-validation', 'classification', 'decision-tree']
# [edge_cases]
# min_size = 25
# why = 'five group folds need five subjects: 25 rows make five subjects of up to 6 samples'
# ///
import numpy as np
from sklearn.model_selection import GroupKFold, cross_val_score
from sklearn.tree import DecisionTreeClassifier

groups = np.arange(len(y)) // 6
cv = GroupKFold(n_splits=5)
# the groups argument keeps each subject's samples in a single fold
scores = cross_val_score(
    DecisionTreeClassifier(max_depth=3, random_state=0), X, y, groups=groups, cv=cv
)
