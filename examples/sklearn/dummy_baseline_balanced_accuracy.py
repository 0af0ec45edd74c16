# /// example
# task = """
# On the imbalanced data `X`, `y`, compare a `DummyClassifier` that always predicts the most \
# frequent class with a standardize-then-RBF-`SVC` pipeline using `class_weight="balanced"`, both \
# fitted on a stratified 70% split: put the test `accuracy` and `balanced_accuracy` of each (rows \
# "baseline" and "svc") in the DataFrame `comparison`. Keep the split parts as `X_train`, \
# `X_test`, `y_train`, `y_test`."""
# domain = 'data_processing'
# libraries = ['scikit-learn', 'pandas']
# inputs = { X = 'clf_imbalanced.X', y = 'clf_imbalanced.y' }
# checks = [
#     "list(comparison.index) == ['baseline', 'svc'] and {'accuracy', 'balanced_accuracy'} <= set(comparison.columns)",
#     "np.isclose(comparison.loc['baseline', 'accuracy'], np.mean(y_test == np.bincount(y_train).argmax()))",
#     "np.isclose(comparison.loc['baseline', 'balanced_accuracy'], 1 / len(np.unique(y)))",
#     '((comparison >= 0) & (comparison <= 1)).all().all()',
# ]
# difficulty = 'basic'
# tags = ['baseline', 'imbalanced', 'metrics']
# [edge_cases]
# min_size = 14
# why = 'a stratified split needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples'
# ///
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, balanced_accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

import pandas as pd

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
