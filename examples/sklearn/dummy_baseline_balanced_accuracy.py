# /// example
# task = """
# On the imbalanced data `X`, `y`, compare a `DummyClassifier` that always predicts the most \
# frequent class with a standardize-then-RBF-`SVC` pipeline using `class_weight="balanced"`, both \
# fitted on a stratified 70% split: put the test `accuracy` and `balanced_accuracy` of each (rows \
# "baseline" and "svc") in the DataFrame `comparison`. Keep the split parts as `X_train`, \
# `X_test`, `y_train`, `y_test` and the two fitted models in the dict `models` keyed "baseline" \
# and "svc"."""
# prompt = """
# My data `X`, `y` are imbalanced, so plain accuracy flatters a trivial model. On a stratified \
# 70/30 split (`X_train`, `X_test`, `y_train`, `y_test`), compare a dummy classifier that always \
# predicts the most frequent class with a standardize-then-RBF-SVC pipeline using balanced class \
# weights, keeping both fitted models in a dict `models` keyed "baseline" and "svc". Put the test \
# `accuracy` and `balanced_accuracy` of each in a DataFrame `comparison` with rows "baseline" and \
# "svc"."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas']
# inputs = { X = 'clf_imbalanced.X', y = 'clf_imbalanced.y' }
# checks = [
#     "list(comparison.index) == ['baseline', 'svc'] and {'accuracy', 'balanced_accuracy'} <= set(comparison.columns)",
#     "np.isclose(comparison.loc['baseline', 'accuracy'], np.mean(y_test == np.bincount(y_train).argmax()))",
#     "np.isclose(comparison.loc['baseline', 'balanced_accuracy'], 1 / len(np.unique(y)))",
#     '((comparison >= 0) & (comparison <= 1)).all().all()',
#     # a stratified 70/30 split: each class keeps its share of `y` in the test part, to within one sample
#     'len(X_train) + len(X_test) == len(X) and len(y_test) == len(X_test) and abs(len(y_train) - 0.7 * len(y)) <= 1',
#     'all(abs(np.sum(y_test == c) - np.mean(y == c) * len(y_test)) <= 1 for c in np.unique(y))',
#     # the SVC was fitted with balanced class weights, and the table holds its test scores
#     "np.allclose(models['svc'][-1].class_weight_, len(y_train) / (len(np.unique(y_train)) * np.bincount(y_train)))",
#     "np.isclose(comparison.loc['svc', 'balanced_accuracy'], np.mean([np.mean(models['svc'].predict(X_test)[y_test == c] == c) for c in np.unique(y_test)]))",
# ]
# difficulty = 'basic'
# tags = ['model-evaluation', 'imbalanced-classes']
# [edge_cases]
# min_size = 14
# why = 'a stratified split needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples'
# ///
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, balanced_accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
models = {
    "baseline": DummyClassifier(strategy="most_frequent"),
    "svc": make_pipeline(StandardScaler(), SVC(class_weight="balanced")),
}
rows = {}
for name, model in models.items():
    y_pred = model.fit(X_train, y_train).predict(X_test)
    # balanced accuracy averages the per-class recalls, so the baseline gets no credit
    rows[name] = {
        "accuracy": accuracy_score(y_test, y_pred),
        "balanced_accuracy": balanced_accuracy_score(y_test, y_pred),
    }
comparison = pd.DataFrame(rows).T
