# /// example
# task = """
# Fit a `GradientBoostingClassifier` (100 stages of depth-2 trees, learning rate 0.1) on a \
# stratified 70% training split of `X`, `y` and use `staged_predict` to record the test accuracy \
# after every boosting stage in the array `stage_accuracy`; store the number of stages with the \
# best test accuracy in `best_n_stages`. Keep the split parts as `X_train`, `X_test`, `y_train`, \
# `y_test` and the model as `booster`."""
# prompt = """
# Fit a gradient boosting classifier `booster` (100 stages of depth-2 trees, learning rate 0.1) \
# on a stratified 70/30 split of `X`, `y` (`X_train`, `X_test`, `y_train`, `y_test`), and track \
# the test accuracy after every boosting stage in an array `stage_accuracy` of length 100. Store \
# in `best_n_stages` the smallest number of stages that reaches the best test accuracy."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'stage_accuracy.shape == (100,) and np.all((stage_accuracy >= 0) & (stage_accuracy <= 1))',
#     # the first stage count that reaches the best accuracy
#     '1 <= best_n_stages <= 100 and stage_accuracy[best_n_stages - 1] == stage_accuracy.max() and np.all(stage_accuracy[: best_n_stages - 1] < stage_accuracy.max())',
#     'np.isclose(stage_accuracy[-1], booster.score(X_test, y_test))',
#     'booster.n_estimators_ == 100 and len(y_train) + len(y_test) == len(y)',
#     # a stratified 70/30 split: each class keeps its share of `y` in the test part, to within one sample
#     'len(X_train) + len(X_test) == len(X) and len(y_test) == len(X_test) and abs(len(y_train) - 0.7 * len(y)) <= 1',
#     'all(abs(np.sum(y_test == c) - np.mean(y == c) * len(y_test)) <= 1 for c in np.unique(y))',
#     'booster.max_depth == 2 and all(t.get_depth() <= 2 for t in booster.estimators_.ravel())',
# ]
# difficulty = 'intermediate'
# tags = ['ensemble', 'classification', 'model-evaluation']
# [edge_cases]
# min_size = 14
# why = 'a stratified split needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples'
# ///
import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
booster = GradientBoostingClassifier(
    n_estimators=100, learning_rate=0.1, max_depth=2, random_state=0
).fit(X_train, y_train)
# staged_predict yields the ensemble's predictions after 1, 2, ... stages
stage_accuracy = np.array([accuracy_score(y_test, p) for p in booster.staged_predict(X_test)])
best_n_stages = int(np.argmax(stage_accuracy)) + 1
