# /// example
# task = """
# This code splits `X`, `y` into `X_train`, `X_test`, `y_train`, `y_test` (30% test, stratified, \
# `random_state=0`), fits a standardised logistic regression in `model` and should store the ROC \
# AUC on the test part in `auc`:
#
# ```python
# from sklearn.linear_model import LogisticRegression
# from sklearn.metrics import roc_auc_score
# from sklearn.model_selection import train_test_split
# from sklearn.pipeline import make_pipeline
# from sklearn.preprocessing import StandardScaler
#
# X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
# model = make_pipeline(StandardScaler(), LogisticRegression()).fit(X_train, y_train)
# auc = roc_auc_score(y_test, model.predict(X_test))
# ```
#
# It runs, but `auc` is computed from the hard 0/1 predictions, a single point of the ROC curve, \
# instead of the model's scores. Fix it."""
# prompt = """
# I fit a scaled logistic regression (`model`) on a stratified 70/30 split (`random_state=0`) of \
# `X`, `y` into `X_train`, `X_test`, `y_train`, `y_test` and want the test ROC AUC in `auc`:
#
# ```python
# from sklearn.linear_model import LogisticRegression
# from sklearn.metrics import roc_auc_score
# from sklearn.model_selection import train_test_split
# from sklearn.pipeline import make_pipeline
# from sklearn.preprocessing import StandardScaler
#
# X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
# model = make_pipeline(StandardScaler(), LogisticRegression()).fit(X_train, y_train)
# auc = roc_auc_score(y_test, model.predict(X_test))
# ```
#
# The AUC comes out lower than I'd expect and barely changes between models. Is something off?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'len(X_test) == math.ceil(0.3 * len(X))',
#     'np.isclose(auc, sklearn.metrics.roc_auc_score(y_test, sklearn.pipeline.make_pipeline(sklearn.preprocessing.StandardScaler(), sklearn.linear_model.LogisticRegression()).fit(X_train, y_train).predict_proba(X_test)[:, 1]))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'classifier-scores', 'model-evaluation', 'classification']
# [edge_cases]
# min_size = 14
# why = 'a stratified split needs two samples of every class, and the AUC both classes in the test part: the rare class of an imbalanced draw has two from 14 samples'
# ///
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
model = make_pipeline(StandardScaler(), LogisticRegression()).fit(X_train, y_train)
# ROC AUC ranks continuous scores: use the positive-class probability, not the 0/1 labels
auc = roc_auc_score(y_test, model.predict_proba(X_test)[:, 1])
