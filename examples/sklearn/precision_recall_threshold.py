# /// example
# task = """
# On the imbalanced binary data `X`, `y` (positive class 1 is rare), fit a \
# standardize-then-RBF-`SVC` pipeline with `class_weight="balanced"` on a stratified 70% split, \
# get `scores` from its `decision_function` on the test part, compute the \
# `precision_recall_curve` (`precision`, `recall`, `thresholds`) and the \
# `average_precision_score` (`ap`), and pick the `threshold` with the highest precision among \
# those that keep recall at or above 0.7. Keep the split parts as `X_train`, `X_test`, `y_train`, \
# `y_test` and the fitted pipeline as `model`."""
# prompt = """
# My binary data `X`, `y` are imbalanced (the positive class 1 is rare). Fit a \
# standardize-then-RBF-SVC pipeline `model` with balanced class weights on a stratified 70/30 \
# split (`X_train`, `X_test`, `y_train`, `y_test`), take its decision-function `scores` on the \
# test part, and compute the precision-recall curve (`precision`, `recall`, `thresholds`) and the \
# average precision `ap`. Then pick the `threshold` with the highest precision among those that \
# keep recall at or above 0.7."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_imbalanced.X', y = 'clf_imbalanced.y' }
# checks = [
#     'len(precision) == len(recall) == len(thresholds) + 1',
#     'np.mean(scores[y_test == 1] >= threshold) >= 0.7',
#     # average precision: the precisions weighted by the increase in recall at each threshold
#     'np.isclose(ap, np.sum(-np.diff(recall) * precision[:-1]))',
#     # a stratified 70/30 split: each class keeps its share of `y` in the test part, to within one sample
#     'len(X_train) + len(X_test) == len(X) and len(y_test) == len(X_test) and abs(len(y_train) - 0.7 * len(y)) <= 1',
#     'all(abs(np.sum(y_test == c) - np.mean(y == c) * len(y_test)) <= 1 for c in np.unique(y))',
#     'np.allclose(scores, model.decision_function(X_test)) and np.allclose(model[-1].class_weight_, len(y_train) / (len(np.unique(y_train)) * np.bincount(y_train)))',
#     # no threshold that keeps recall at or above 0.7 has a higher precision than the chosen one
#     'all(np.mean(y_test[scores >= t] == 1) <= np.mean(y_test[scores >= threshold] == 1) + 1e-12 for t in np.unique(scores) if np.mean(scores[y_test == 1] >= t) >= 0.7)',
# ]
# difficulty = 'advanced'
# tags = ['model-evaluation', 'imbalanced-classes', 'classifier-scores']
# [edge_cases]
# min_size = 14
# why = 'a stratified split needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples'
# ///
import numpy as np
from sklearn.metrics import average_precision_score, precision_recall_curve
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
model = make_pipeline(StandardScaler(), SVC(class_weight="balanced")).fit(X_train, y_train)
scores = model.decision_function(X_test)

precision, recall, thresholds = precision_recall_curve(y_test, scores)
ap = average_precision_score(y_test, scores)
# the last precision/recall pair has no threshold; drop it before choosing
feasible = recall[:-1] >= 0.7
threshold = thresholds[feasible][np.argmax(precision[:-1][feasible])]
