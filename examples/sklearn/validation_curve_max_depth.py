# /// example
# task = """
# Use `validation_curve` to score a `DecisionTreeClassifier` on `X`, `y` for `max_depth` from 1 \
# to 10 (5-fold CV); store the depths in `depths`, the score arrays in `train_scores` and \
# `test_scores`, and the depth with the best mean cross-validation accuracy in `best_depth`."""
# prompt = """
# Score a decision tree classifier on `X`, `y` for max_depth from 1 to 10 with a validation curve \
# (5-fold CV); store the depths in `depths`, the score arrays in `train_scores` and \
# `test_scores`, and the depth with the best mean cross-validation accuracy in `best_depth`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'train_scores.shape == (len(depths), 5) and test_scores.shape == (len(depths), 5)',
#     'np.all(np.diff(train_scores.mean(axis=1)) >= -1e-9)',
#     '1 <= best_depth <= 10 and np.isclose(test_scores.mean(axis=1)[best_depth - 1], test_scores.mean(axis=1).max())',
# ]
# difficulty = 'intermediate'
# tags = ['model-selection', 'parameter-choice']
# edge_cases = true
# ///
import numpy as np
from sklearn.model_selection import validation_curve
from sklearn.tree import DecisionTreeClassifier

depths = np.arange(1, 11)
train_scores, test_scores = validation_curve(
    DecisionTreeClassifier(random_state=0),
    X,
    y,
    param_name="max_depth",
    param_range=depths,
    cv=5,
)
# training accuracy keeps rising with depth; the held-out score peaks and then drops
best_depth = int(depths[np.argmax(test_scores.mean(axis=1))])
