# /// example
# task = """
# This code should give the probability of class 1 for every row of `X` from a linear SVM \
# (`C=1.0`) trained on `X`, `y`, in `proba`, but it raises an error:
#
# ```python
# from sklearn.svm import LinearSVC
#
# model = LinearSVC(C=1.0).fit(X, y)
# proba = model.predict_proba(X)[:, 1]
# ```
#
# ```text
# AttributeError: 'LinearSVC' object has no attribute 'predict_proba'
# ```
#
# Fix it by calibrating the SVM's scores with `CalibratedClassifierCV` (sigmoid calibration, \
# `cv=3`), keeping the linear SVM with `C=1.0`."""
# prompt = """
# I trained a `LinearSVC` (`C=1.0`) on `X`, `y` and now need probabilities of class 1 for each \
# row in `proba`:
#
# ```python
# from sklearn.svm import LinearSVC
#
# model = LinearSVC(C=1.0).fit(X, y)
# proba = model.predict_proba(X)[:, 1]
# ```
#
# ```text
# AttributeError: 'LinearSVC' object has no attribute 'predict_proba'
# ```
#
# How do I get probabilities out of it? Calibrating with `CalibratedClassifierCV` (sigmoid, \
# `cv=3`) is fine."""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'np.shape(proba) == (len(y),) and np.all((np.asarray(proba) >= 0) & (np.asarray(proba) <= 1))',
#     'np.allclose(proba, sklearn.calibration.CalibratedClassifierCV(sklearn.svm.LinearSVC(C=1.0, dual="auto"), method="sigmoid", cv=3).fit(X, y).predict_proba(X)[:, 1], atol=1e-4)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'svm', 'classifier-scores']
# edge_cases = { min_size = 30, why = "three calibration folds need at least three samples of the rarer class" }
# ///
from sklearn.calibration import CalibratedClassifierCV
from sklearn.svm import LinearSVC

# LinearSVC only has decision_function; a sigmoid fitted on held-out folds turns its scores into probabilities
model = CalibratedClassifierCV(LinearSVC(C=1.0, dual="auto"), method="sigmoid", cv=3).fit(X, y)
proba = model.predict_proba(X)[:, 1]
