# /// example
# task = '''
# Write a function `balanced_weights` with the signature and docstring below, apply it to the
# labels `y` and store the dict in `weights`; store in `empty_error` the message raised
# for an empty list.
#
# ```python
# def balanced_weights(y):
#     """Class weights that balance the classes of y, as a dict {label: weight}.
#
#     A class with count c gets weight n_samples / (n_classes * c), the
#     "balanced" rule of scikit-learn. Labels may be ints or strings.
#     Raises ValueError("y is empty") for an empty y.
#     """
# ```'''
# prompt = '''
# I want the "balanced" class weights for my imbalanced labels `y` as a plain dict I can pass to
# any estimator. Please write `balanced_weights(y)` that returns `{label: n_samples / (n_classes *
# count)}`, works for int or string labels, and raises `ValueError("y is empty")` on an empty
# input; store the result for `y` in `weights` and the message for `[]` in `empty_error`.'''
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { y = 'clf_imbalanced.y' }
# checks = [
#     '(lambda w: set(w) == {"a", "b"} and np.isclose(w["a"], 4 / (2 * 3)) and np.isclose(w["b"], 4 / (2 * 1)))(balanced_weights(["a", "a", "b", "a"]))',
#     '(lambda w: set(w) == {0, 1, 2} and np.allclose([w[0], w[1], w[2]], [6 / (3 * 1), 6 / (3 * 2), 6 / (3 * 3)]))(balanced_weights([2, 1, 2, 0, 1, 2]))',
#     'balanced_weights([7, 7, 7]) == {7: 1.0}',
#     'set(weights) == set(np.unique(y).tolist()) and all(np.isclose(weights[k], len(y) / (len(np.unique(y)) * np.sum(y == k))) for k in weights)',
#     'empty_error == "y is empty"',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'imbalanced-classes', 'classification', 'validation']
# edge_cases = true
# ///
import numpy as np
from sklearn.utils.class_weight import compute_class_weight


def balanced_weights(y):
    """Class weights that balance the classes of y, as a dict {label: weight}.

    A class with count c gets weight n_samples / (n_classes * c), the
    "balanced" rule of scikit-learn. Labels may be ints or strings.
    Raises ValueError("y is empty") for an empty y.
    """
    y = np.asarray(y)
    if y.size == 0:
        raise ValueError("y is empty")
    classes = np.unique(y)
    values = compute_class_weight(class_weight="balanced", classes=classes, y=y)
    # .item() turns NumPy scalars into plain Python ints/strings for the dict keys
    return {label.item(): float(w) for label, w in zip(classes, values, strict=True)}


weights = balanced_weights(y)

try:
    balanced_weights([])
except ValueError as error:
    empty_error = str(error)
