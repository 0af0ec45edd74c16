# /// example
# task = """
# This code fits `GaussianNB` on `X`, `y` and tallies the training predictions into the confusion \
# matrix `counts` (rows: true class, columns: predicted class, classes in sorted order) one row at a \
# time:
#
# ```python
# import numpy as np
# from sklearn.naive_bayes import GaussianNB
#
# model = GaussianNB().fit(X, y)
# predicted = model.predict(X)
# classes = np.unique(y)
# counts = np.zeros((len(classes), len(classes)), dtype=int)
# for true_label, pred_label in zip(y, predicted):
#     i = int(np.where(classes == true_label)[0][0])
#     j = int(np.where(classes == pred_label)[0][0])
#     counts[i, j] += 1
# ```
#
# Build the same `counts` without the Python loop."""
# prompt = """
# I count my naive Bayes model's training predictions on `X`, `y` into a confusion matrix `counts` \
# (true classes as rows, predictions as columns, sorted labels) with a loop over every sample:
#
# ```python
# import numpy as np
# from sklearn.naive_bayes import GaussianNB
#
# model = GaussianNB().fit(X, y)
# predicted = model.predict(X)
# classes = np.unique(y)
# counts = np.zeros((len(classes), len(classes)), dtype=int)
# for true_label, pred_label in zip(y, predicted):
#     i = int(np.where(classes == true_label)[0][0])
#     j = int(np.where(classes == pred_label)[0][0])
#     counts[i, j] += 1
# ```
#
# There must be a one-liner for this."""
# task_type = 'performance'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     '(lambda p: np.array_equal(counts, [[np.sum((y == a) & (p == b)) for b in np.unique(y)] for a in np.unique(y)]))(sklearn.naive_bayes.GaussianNB().fit(X, y).predict(X))',
#     'np.sum(counts) == len(y) and np.array_equal(np.sum(counts, axis=1), np.unique(y, return_counts=True)[1])',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'model-evaluation', 'classification']
# edge_cases = true
# ///
import numpy as np
from sklearn.metrics import confusion_matrix
from sklearn.naive_bayes import GaussianNB

model = GaussianNB().fit(X, y)
# labels= fixes the row/column order to every class of y, even one never predicted
counts = confusion_matrix(y, model.predict(X), labels=np.unique(y))
