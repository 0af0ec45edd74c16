# /// example
# task = """
# Get an out-of-fold prediction for every sample of the multi-class data `X`, `y` with \
# `cross_val_predict` over a 5-fold `StratifiedKFold` splitter (kept as `folds`) from a \
# `GaussianNB` classifier, and tabulate them against the true labels with `confusion_matrix`; \
# store the predictions in `y_pred` and the matrix in `cm`."""
# prompt = """
# I want an out-of-fold prediction for every sample of my multi-class data `X`, `y` from a \
# Gaussian naive Bayes classifier, using a 5-fold stratified K-fold splitter that I keep as \
# `folds`, with the predictions stored in `y_pred`. Then tabulate them against the true labels in \
# a confusion matrix `cm` with true classes as rows and predicted classes as columns."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     'y_pred.shape == y.shape and set(np.unique(y_pred)) <= set(np.unique(y))',
#     'cm.shape == (len(np.unique(y)), len(np.unique(y)))',
#     'np.array_equal(cm.sum(axis=1), np.bincount(y)) and cm.sum() == len(y)',
#     # rows are true classes, columns predicted ones
#     'np.array_equal(cm, [[np.sum((y == t) & (y_pred == p)) for p in np.unique(y)] for t in np.unique(y)])',
#     'folds.get_n_splits() == 5',
#     # each fold's predictions are those of a Gaussian naive Bayes fitted on the other folds:
#     # class priors, per-class means and variances (plus 1e-9 of the largest feature variance)
#     '(lambda nb: all(np.array_equal(y_pred[test], nb(X[train], y[train], X[test])) for train, test in folds.split(X, y)))(lambda Xt, yt, Xs: (lambda cls, eps: cls[np.argmax(np.stack([np.log(np.mean(yt == c)) - 0.5 * np.sum(np.log(2 * np.pi * (Xt[yt == c].var(axis=0) + eps))) - 0.5 * np.sum((Xs - Xt[yt == c].mean(axis=0)) ** 2 / (Xt[yt == c].var(axis=0) + eps), axis=1) for c in cls], axis=1), axis=1)])(np.unique(yt), 1e-9 * Xt.var(axis=0).max()))',
# ]
# difficulty = 'intermediate'
# tags = ['cross-validation', 'model-evaluation', 'classification']
# [edge_cases]
# min_size = 67
# why = '5-fold stratified CV needs five samples of every class: the rarest class of an imbalanced three-class draw has five from 67 samples'
# ///
from sklearn.metrics import confusion_matrix
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.naive_bayes import GaussianNB

# every sample is predicted by a model that did not see it during fitting
folds = StratifiedKFold(n_splits=5)
y_pred = cross_val_predict(GaussianNB(), X, y, cv=folds)
cm = confusion_matrix(y, y_pred)
