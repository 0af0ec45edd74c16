# /// example
# task = '''
# Write a function `logistic_coefficients` with the signature and docstring below. Apply it to the
# features `X` and binary labels `y`, naming the columns `x0`, `x1`, ... in order, and store the
# Series in `coefs`; store in `class_error` the message raised for labels with 3 classes.
#
# ```python
# def logistic_coefficients(X, y, names, C=1.0):
#     """Coefficients of a logistic regression fitted on standardised features.
#
#     X is standardised (StandardScaler, fitted on X) and
#     LogisticRegression(C=C) is fitted on it, so the coefficients are per
#     standard deviation of each feature. Returns a float Series indexed by
#     `names`, sorted by absolute value, largest first. Raises
#     ValueError("y must have exactly 2 classes") otherwise.
#     """
# ```'''
# prompt = """
# I want to see which features push my binary classifier the most: `logistic_coefficients(X, y, \
# names, C=1.0)` should standardise `X`, fit a logistic regression with that `C`, and return the \
# coefficients (per SD of each feature) as a Series indexed by `names`, ordered by absolute size, \
# largest first; anything but exactly 2 classes should raise `ValueError("y must have exactly 2 \
# classes")`. Run it on my `X`, `y` with columns named `x0`, `x1`, ... into `coefs`, and \
# keep the message for labels with 3 classes in `class_error`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     # the second column decides the class, the first is noise: it comes first with a positive sign
#     '(lambda s: s.index.tolist() == ["signal", "noise"] and s["signal"] > 0)(logistic_coefficients([[0.3, 0.0], [0.1, 1.0], [0.2, 2.0], [0.4, 3.0], [0.1, 4.0], [0.3, 5.0]], [0, 0, 0, 1, 1, 1], ["noise", "signal"]))',
#     '(lambda A, b: (lambda s: np.allclose(s[["a", "b", "c"]], sklearn.linear_model.LogisticRegression(C=0.3).fit(sklearn.preprocessing.StandardScaler().fit_transform(A), b).coef_[0]))(logistic_coefficients(A, b, ["a", "b", "c"], C=0.3)))(np.sin(np.arange(30.0)).reshape(10, 3) * [1.0, 10.0, 100.0], np.array([0, 1] * 5))',
#     '(lambda s: np.all(np.diff(np.abs(s.to_numpy())) <= 0))(logistic_coefficients(np.cos(np.arange(24.0)).reshape(8, 3), ["no", "yes", "no", "yes", "yes", "no", "no", "yes"], ["p", "q", "r"], C=10.0))',
#     'class_error == "y must have exactly 2 classes"',
#     'sorted(coefs.index) == sorted(f"x{j}" for j in range(X.shape[1])) and np.all(np.diff(np.abs(coefs.to_numpy())) <= 0)',
#     'np.allclose(coefs[[f"x{j}" for j in range(X.shape[1])]], sklearn.linear_model.LogisticRegression().fit(sklearn.preprocessing.StandardScaler().fit_transform(X), y).coef_[0], atol=1e-4)',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'linear-model', 'classification', 'model-inspection', 'standardization']
# edge_cases = true
# ///
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def logistic_coefficients(X, y, names, C=1.0):
    """Coefficients of a logistic regression fitted on standardised features.

    X is standardised (StandardScaler, fitted on X) and
    LogisticRegression(C=C) is fitted on it, so the coefficients are per
    standard deviation of each feature. Returns a float Series indexed by
    `names`, sorted by absolute value, largest first. Raises
    ValueError("y must have exactly 2 classes") otherwise.
    """
    if len(np.unique(y)) != 2:
        raise ValueError("y must have exactly 2 classes")
    model = make_pipeline(StandardScaler(), LogisticRegression(C=C)).fit(X, y)
    # one row of coefficients for a binary problem, for the class listed second in classes_
    coefficients = pd.Series(model[-1].coef_[0], index=list(names), dtype=float)
    return coefficients.sort_values(key=np.abs, ascending=False)


coefs = logistic_coefficients(X, y, [f"x{j}" for j in range(X.shape[1])])

try:
    logistic_coefficients(X, np.arange(len(X)) % 3, [f"x{j}" for j in range(X.shape[1])])
except ValueError as error:
    class_error = str(error)
