# /// example
# task = """
# This code labels customers `"yes"` (churned, where `y == 1`) or `"no"`, fits a logistic \
# regression (`max_iter=500`) on `X` and should compute the ROC curve for the class `"yes"` in \
# `fpr`, `tpr`, `thresholds`, but it raises an error:
#
# ```python
# import numpy as np
# from sklearn.linear_model import LogisticRegression
# from sklearn.metrics import roc_curve
#
# churn = np.where(y == 1, "yes", "no")
# model = LogisticRegression(max_iter=500).fit(X, churn)
# fpr, tpr, thresholds = roc_curve(churn, model.predict_proba(X)[:, 1])
# ```
#
# ```text
# ValueError: y_true takes value in {'no', 'yes'} and pos_label is not specified: either make y_true take value in {0, 1} or {-1, 1} or pass pos_label explicitly.
# ```
#
# Fix it."""
# prompt = """
# My churn labels are the strings "yes"/"no" (`y == 1` means "yes"). I fit a logistic regression \
# (`max_iter=500`) on `X` and want the ROC curve of the "yes" class in `fpr`, `tpr`, `thresholds`:
#
# ```python
# import numpy as np
# from sklearn.linear_model import LogisticRegression
# from sklearn.metrics import roc_curve
#
# churn = np.where(y == 1, "yes", "no")
# model = LogisticRegression(max_iter=500).fit(X, churn)
# fpr, tpr, thresholds = roc_curve(churn, model.predict_proba(X)[:, 1])
# ```
#
# ```text
# ValueError: y_true takes value in {'no', 'yes'} and pos_label is not specified: either make y_true take value in {0, 1} or {-1, 1} or pass pos_label explicitly.
# ```
#
# Which class is positive here, and how do I tell it?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     '(lambda r: np.allclose(fpr, r[0]) and np.allclose(tpr, r[1]))(sklearn.metrics.roc_curve(y, sklearn.linear_model.LogisticRegression(max_iter=500).fit(X, y).predict_proba(X)[:, 1]))',
#     'len(fpr) == len(tpr) == len(thresholds) and fpr[-1] == 1 and tpr[-1] == 1',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'classifier-scores', 'model-evaluation']
# edge_cases = true
# ///
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_curve

churn = np.where(y == 1, "yes", "no")
model = LogisticRegression(max_iter=500).fit(X, churn)
# classes_ is sorted (["no", "yes"]), so column 1 holds P("yes"); say which label is positive
fpr, tpr, thresholds = roc_curve(churn, model.predict_proba(X)[:, 1], pos_label="yes")
