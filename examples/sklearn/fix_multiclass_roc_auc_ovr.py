# /// example
# task = """
# This code splits the three-class data `X`, `y` into `X_train`, `X_test`, `y_train`, `y_test` \
# (30% test, stratified, `random_state=0`), fits a standardised logistic regression in `model` and \
# should store the test ROC AUC in `auc`, but it raises an error:
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
# auc = roc_auc_score(y_test, model.predict_proba(X_test)[:, 1])
# ```
#
# ```text
# ValueError: multi_class must be in ('ovo', 'ovr')
# ```
#
# Fix it: `auc` should be the unweighted mean of the one-vs-rest AUCs of the three classes."""
# prompt = """
# My labels `y` have three classes. I split `X`, `y` 70/30 (stratified, `random_state=0`) into \
# `X_train`, `X_test`, `y_train`, `y_test`, fit a scaled logistic regression `model` and want one \
# ROC AUC for the test set in `auc`, the plain average of the one-vs-rest AUCs:
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
# auc = roc_auc_score(y_test, model.predict_proba(X_test)[:, 1])
# ```
#
# This worked for my binary problem but now gives
#
# ```text
# ValueError: multi_class must be in ('ovo', 'ovr')
# ```
#
# How do I get the multiclass AUC?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     'len(X_test) == math.ceil(0.3 * len(X))',
#     # one AUC per class, that class against the other two, averaged without weights
#     'np.isclose(auc, np.mean([sklearn.metrics.roc_auc_score(y_test == k, sklearn.pipeline.make_pipeline(sklearn.preprocessing.StandardScaler(), sklearn.linear_model.LogisticRegression()).fit(X_train, y_train).predict_proba(X_test)[:, k]) for k in range(3)]))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'classifier-scores', 'model-evaluation', 'classification']
# [edge_cases]
# min_size = 27
# why = 'a stratified split needs two samples of every class so the test part holds all three: the rarest class of an imbalanced three-class draw has two from 27 samples'
# ///
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
model = make_pipeline(StandardScaler(), LogisticRegression()).fit(X_train, y_train)
# with three classes pass every class's probability and say how to combine them: one-vs-rest
auc = roc_auc_score(y_test, model.predict_proba(X_test), multi_class="ovr")
