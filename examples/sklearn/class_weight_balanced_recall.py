# /// example
# task = """
# On the imbalanced binary data `X`, `y`, fit a standardize-then-RBF-`SVC` pipeline with and \
# without `class_weight="balanced"` on a stratified 70% split and compare their test predictions \
# (`predicted_plain`, `predicted_balanced`) and the recall of the minority class (`minority`, the \
# less frequent label in `y_train`; `recall_plain`, `recall_balanced`); store the per-class \
# weights from `compute_class_weight("balanced", ...)` on the training labels in `class_weights`. \
# Keep the split parts as `X_train`, `X_test`, `y_train`, `y_test` and the two fitted pipelines \
# in the dict `models` keyed "plain" and "balanced"."""
# prompt = """
# My binary data `X`, `y` are imbalanced. On a stratified 70/30 split (`X_train`, `X_test`, \
# `y_train`, `y_test`), fit a standardize-then-RBF-SVC pipeline twice, once plain and once with \
# balanced class weights, keeping both fitted pipelines in the dict `models` keyed "plain" and \
# "balanced". Store their test predictions in `predicted_plain` and `predicted_balanced`, the \
# minority class (the less frequent label in `y_train`) in `minority`, each model's recall on \
# that class in `recall_plain` and `recall_balanced`, and the balanced per-class weights computed \
# from the training labels in `class_weights`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_imbalanced.X', y = 'clf_imbalanced.y' }
# checks = [
#     'np.allclose(class_weights, len(y_train) / (len(np.unique(y_train)) * np.bincount(y_train)))',
#     'class_weights[list(np.unique(y_train)).index(minority)] == class_weights.max()',
#     'np.isclose(recall_balanced, np.mean(predicted_balanced[y_test == minority] == minority))',
#     'np.isclose(recall_plain, np.mean(predicted_plain[y_test == minority] == minority))',
#     # the balanced SVC was fitted with those weights, the plain one with none
#     "np.allclose(models['balanced'][-1].class_weight_, class_weights) and np.all(models['plain'][-1].class_weight_ == 1)",
#     "np.array_equal(predicted_plain, models['plain'].predict(X_test)) and np.array_equal(predicted_balanced, models['balanced'].predict(X_test))",
#     # a stratified 70/30 split: each class keeps its share of `y` in the test part, to within one sample
#     'len(X_train) + len(X_test) == len(X) and len(y_test) == len(X_test) and abs(len(y_train) - 0.7 * len(y)) <= 1',
#     'all(abs(np.sum(y_test == c) - np.mean(y == c) * len(y_test)) <= 1 for c in np.unique(y))',
# ]
# difficulty = 'intermediate'
# tags = ['imbalanced-classes', 'model-evaluation']
# [edge_cases]
# min_size = 14
# why = 'a stratified split needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples'
# ///
import numpy as np
from sklearn.metrics import recall_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.utils.class_weight import compute_class_weight

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
classes = np.unique(y_train)
minority = classes[np.argmin(np.bincount(y_train)[classes])]
# "balanced" weights each class by n_samples / (n_classes * class count)
class_weights = compute_class_weight("balanced", classes=classes, y=y_train)

# the weights scale the misclassification penalty C per class: the rare class is usually
# predicted more often (not always: with near-equal class sizes it can go either way)
models = {
    name: make_pipeline(StandardScaler(), SVC(class_weight=weighting)).fit(X_train, y_train)
    for name, weighting in [("plain", None), ("balanced", "balanced")]
}
predicted_plain = models["plain"].predict(X_test)
predicted_balanced = models["balanced"].predict(X_test)
recall_plain = recall_score(y_test, predicted_plain, pos_label=minority)
recall_balanced = recall_score(y_test, predicted_balanced, pos_label=minority)
