# /// example
# task = """
# This code splits the imbalanced data `X`, `y` into `X_train`, `X_test`, `y_train`, `y_test` (30% \
# test, stratified, `random_state=0`), fits a default `SVC()` in `model` and should store the ROC \
# AUC on the test part in `auc`, but it raises an error:
#
# ```python
# from sklearn.metrics import roc_auc_score
# from sklearn.model_selection import train_test_split
# from sklearn.svm import SVC
#
# X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
# model = SVC().fit(X_train, y_train)
# auc = roc_auc_score(y_test, model.predict_proba(X_test)[:, 1])
# ```
#
# ```text
# AttributeError: This 'SVC' has no attribute 'predict_proba'
# ```
#
# Fix it without refitting the model with probability estimates."""
# prompt = """
# I train a default `SVC()` (`model`) on a stratified 70/30 split of my imbalanced `X`, `y` \
# (`random_state=0`; parts `X_train`, `X_test`, `y_train`, `y_test`) and want the test ROC AUC in \
# `auc`:
#
# ```python
# from sklearn.metrics import roc_auc_score
# from sklearn.model_selection import train_test_split
# from sklearn.svm import SVC
#
# X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
# model = SVC().fit(X_train, y_train)
# auc = roc_auc_score(y_test, model.predict_proba(X_test)[:, 1])
# ```
#
# ```text
# AttributeError: This 'SVC' has no attribute 'predict_proba'
# ```
#
# I'd rather not switch on the slow probability calibration just to get an AUC. What can I use?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf_imbalanced.X', y = 'clf_imbalanced.y' }
# checks = [
#     'len(X_test) == math.ceil(0.3 * len(X))',
#     'np.isclose(auc, sklearn.metrics.roc_auc_score(y_test, sklearn.svm.SVC().fit(X_train, y_train).decision_function(X_test)))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'classifier-scores', 'svm', 'imbalanced-classes']
# [edge_cases]
# min_size = 14
# why = 'a stratified split needs two samples of every class, and the AUC both classes in the test part: the rare class of an imbalanced draw has two from 14 samples'
# ///
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
model = SVC().fit(X_train, y_train)
# without probability=True an SVC has no predict_proba; AUC only needs a ranking score,
# and decision_function gives the signed distance to the boundary
auc = roc_auc_score(y_test, model.decision_function(X_test))
