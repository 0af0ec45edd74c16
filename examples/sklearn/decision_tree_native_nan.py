# /// example
# task = """
# Blank out about 10% of the entries of `X` at random (`default_rng(0)`) into `X_missing` and fit \
# a `DecisionTreeClassifier` (`max_depth=4`) on a stratified 70% split of it directly, without \
# imputing, since scikit-learn trees route NaN values natively; store the tree in `tree` and its \
# test accuracy in `test_accuracy`. Keep the split parts as `X_train`, `X_test`, `y_train`, \
# `y_test`."""
# prompt = """
# Blank out about 10% of the entries of `X` at random (numpy default_rng(0)) into `X_missing`, \
# then fit a decision tree classifier with max_depth=4 on a stratified 70/30 split of \
# `X_missing`, `y` directly, NaNs and all, without imputing, since scikit-learn trees can route \
# missing values natively. Keep the split parts as `X_train`, `X_test`, `y_train`, `y_test`, the \
# tree in `tree` and its test accuracy in `test_accuracy`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'X_missing.shape == X.shape and np.isnan(X_missing).any() and not np.isnan(X).any()',
#     'np.array_equal(X_missing[~np.isnan(X_missing)], X[~np.isnan(X_missing)])',
#     # the split is of X_missing, NaN included, and the tree was fitted on it as it is
#     'np.isnan(X_train).sum() + np.isnan(X_test).sum() == np.isnan(X_missing).sum() and tree.get_depth() <= 4',
#     '0 <= test_accuracy <= 1 and np.isclose(test_accuracy, np.mean(tree.predict(X_test) == y_test))',
#     # a stratified 70/30 split: each class keeps its share of `y` in the test part, to within one sample
#     'len(X_train) + len(X_test) == len(X) and len(y_test) == len(X_test) and abs(len(y_train) - 0.7 * len(y)) <= 1',
#     'all(abs(np.sum(y_test == c) - np.mean(y == c) * len(y_test)) <= 1 for c in np.unique(y))',
#     'tree.max_depth == 4',
# ]
# difficulty = 'advanced'
# tags = ['decision-tree', 'missing-data']
# [edge_cases]
# min_size = 14
# why = 'a stratified split needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples'
# ///
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

rng = np.random.default_rng(0)
X_missing = X.copy()
X_missing[rng.random(X.shape) < 0.1] = np.nan

X_train, X_test, y_train, y_test = train_test_split(
    X_missing, y, test_size=0.3, stratify=y, random_state=0
)
# at each split the tree learns which child the missing values should go to
tree = DecisionTreeClassifier(max_depth=4, random_state=0).fit(X_train, y_train)
test_accuracy = tree.score(X_test, y_test)
