# /// example
# task = """
# Fit a `RandomForestClassifier` (100 trees, `random_state=0`) on `X`, `y` with out-of-bag \
# scoring; store the impurity-based `feature_importances_` in `importances`, the feature indices \
# from most to least important in `ranking` and the out-of-bag accuracy in `oob_accuracy`. Keep \
# the fitted forest as `forest`."""
# prompt = """
# Fit a random forest classifier `forest` (100 trees, random_state=0) on `X`, `y` with out-of-bag \
# scoring turned on. Store the impurity-based feature importances in `importances`, the feature \
# indices from most to least important in `ranking`, and the out-of-bag accuracy in \
# `oob_accuracy`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'importances.shape == (X.shape[1],) and np.isclose(importances.sum(), 1)',
#     'sorted(ranking) == list(range(X.shape[1])) and np.all(np.diff(importances[ranking]) <= 0)',
#     '0 <= oob_accuracy <= 1 and np.isclose(oob_accuracy, forest.oob_score_)',
#     'np.isclose(oob_accuracy, np.mean(forest.classes_[forest.oob_decision_function_.argmax(axis=1)] == y))',
# ]
# difficulty = 'intermediate'
# tags = ['ensemble', 'model-inspection', 'decision-tree']
# edge_cases = true
# ///
import numpy as np
from sklearn.ensemble import RandomForestClassifier

# each tree is scored on the samples its bootstrap left out: a free validation estimate
forest = RandomForestClassifier(n_estimators=100, oob_score=True, random_state=0).fit(X, y)
importances = forest.feature_importances_
ranking = np.argsort(importances)[::-1]
oob_accuracy = forest.oob_score_
