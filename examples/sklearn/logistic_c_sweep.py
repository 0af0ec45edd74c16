# /// example
# task = """
# Sweep the inverse regularization strength `C` of a standardize-then-`LogisticRegression` \
# pipeline over `C_values` = 10^-3 ... 10^2 (6 values) on `X`, `y`: for each, record the norm of \
# the fitted coefficients in the array `coef_norms`, the accuracies of 5-fold cross-validation \
# in the (6, 5) array `fold_accuracy` and their mean in the array `cv_accuracy`; store the `C` \
# with the best mean accuracy in `best_C`."""
# prompt = """
# Sweep the inverse regularization strength C of a standardize-then-logistic-regression pipeline \
# over `C_values` = 10^-3 ... 10^2 (6 log-spaced values) on `X`, `y`. For each C, record the norm \
# of the coefficients of the model fitted on all the data in the array `coef_norms`, the 5-fold \
# cross-validated accuracies in a (6, 5) array `fold_accuracy` and their mean in the array \
# `cv_accuracy`; store the C with the best mean accuracy in `best_C`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'coef_norms.shape == (6,) and cv_accuracy.shape == (6,)',
#     'np.all(np.diff(coef_norms) > 0) and coef_norms[0] < 0.5 * coef_norms[-1]',
#     'best_C in C_values and np.isclose(cv_accuracy[list(C_values).index(best_C)], cv_accuracy.max())',
#     'np.all((cv_accuracy >= 0) & (cv_accuracy <= 1))',
#     # one row of 5 fold accuracies per C, and their mean
#     'fold_accuracy.shape == (6, 5) and np.allclose(cv_accuracy, fold_accuracy.mean(axis=1))',
# ]
# difficulty = 'intermediate'
# tags = ['regularization', 'linear-model', 'parameter-choice', 'classification']
# [edge_cases]
# min_size = 34
# why = '5-fold stratified CV needs five samples of every class: the rare class of an imbalanced draw has five from 34 samples'
# ///
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

C_values = np.logspace(-3, 2, 6)
coef_norms, fold_accuracy = [], []
for C in C_values:
    # smaller C = stronger L2 penalty = coefficients pulled towards zero
    model = make_pipeline(StandardScaler(), LogisticRegression(C=C))
    fold_accuracy.append(cross_val_score(model, X, y, cv=5))
    coef_norms.append(np.linalg.norm(model.fit(X, y)[-1].coef_))
coef_norms, fold_accuracy = np.array(coef_norms), np.array(fold_accuracy)
cv_accuracy = fold_accuracy.mean(axis=1)
best_C = C_values[np.argmax(cv_accuracy)]
