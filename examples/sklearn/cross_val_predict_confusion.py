# /// example
# task = """
# Get an out-of-fold prediction for every sample of the multi-class data `X`, `y` with \
# `cross_val_predict` (5 folds) from a `GaussianNB` classifier, and tabulate them against the \
# true labels with `confusion_matrix`; store the predictions in `y_pred` and the matrix in `cm`."""
# domain = 'data_processing'
# libraries = ['scikit-learn']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     'y_pred.shape == y.shape and set(np.unique(y_pred)) <= set(np.unique(y))',
#     'cm.shape == (len(np.unique(y)), len(np.unique(y)))',
#     'np.array_equal(cm.sum(axis=1), np.bincount(y)) and cm.sum() == len(y)',
#     # rows are true classes, columns predicted ones
#     'np.array_equal(cm, [[np.sum((y == t) & (y_pred == p)) for p in np.unique(y)] for t in np.unique(y)])',
# ]
# difficulty = 'intermediate'
# tags = ['cross-validation', 'confusion-matrix', 'multiclass']
# [edge_cases]
# min_size = 67
# why = '5-fold stratified CV needs five samples of every class: the rarest class of an imbalanced three-class draw has five from 67 samples'
# ///
from sklearn.metrics import confusion_matrix
from sklearn.model_selection import cross_val_predict
from sklearn.naive_bayes import GaussianNB

# every sample is predicted by a model that did not see it during fitting
y_pred = cross_val_predict(GaussianNB(), X, y, cv=5)
cm = confusion_matrix(y, y_pred)
