# /// example
# task = '''
# Write a function `roundtrip_model` with the signature and docstring below. Fit a
# `DecisionTreeClassifier(max_depth=3, random_state=0)` on the features `X` and labels `y`, pass it
# through `roundtrip_model` with `X` as the check data, and store the restored model in `restored`.
# Store in `unfitted_error` the name of the exception class raised for an unfitted `Ridge()`.
#
# ```python
# def roundtrip_model(model, X_check):
#     """Serialise a fitted scikit-learn model to bytes with pickle and load it back.
#
#     Before returning, checks that the restored model's predict output on
#     X_check equals the original's exactly, and raises
#     RuntimeError("restored model predicts differently") otherwise. Raises
#     sklearn.exceptions.NotFittedError when `model` is not fitted. Returns
#     the restored model (a new object, not `model` itself).
#     """
# ```'''
# prompt = """
# Before I ship a model I want to be sure it survives serialisation, so write \
# `roundtrip_model(model, X_check)`: pickle the fitted model to bytes, load it back, confirm the \
# restored copy predicts exactly the same on `X_check` (else raise \
# `RuntimeError("restored model predicts differently")`), raise scikit-learn's `NotFittedError` for \
# an unfitted model, and return the restored object (a new one, not the original). Use it on a \
# `DecisionTreeClassifier(max_depth=3, random_state=0)` fitted to my `X`, `y`, checking on `X`, \
# and keep the result in `restored`. Store the name of the exception class raised for an unfitted \
# `Ridge()` in `unfitted_error`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     '(lambda m: (lambda r: r is not m and np.allclose(r.coef_, m.coef_) and np.allclose(r.predict([[1.5], [7.0]]), m.predict([[1.5], [7.0]])))(roundtrip_model(m, [[0.0], [2.0]])))(sklearn.linear_model.LinearRegression().fit([[0.0], [1.0], [2.0]], [1.0, 3.0, 5.0]))',
#     '(lambda m: np.array_equal(roundtrip_model(m, np.eye(3)).predict(np.eye(3)), m.predict(np.eye(3))))(sklearn.pipeline.make_pipeline(sklearn.preprocessing.StandardScaler(), sklearn.neighbors.KNeighborsClassifier(1)).fit(np.eye(3), [0, 1, 2]))',
#     '(lambda m: roundtrip_model(m, [[0.0, 0.0]]).classes_.tolist() == ["ham", "spam"])(sklearn.dummy.DummyClassifier().fit([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0]], ["spam", "ham", "spam"]))',
#     'unfitted_error == "NotFittedError"',
#     'type(restored) is sklearn.tree.DecisionTreeClassifier and restored.get_params() == sklearn.tree.DecisionTreeClassifier(max_depth=3, random_state=0).get_params()',
#     'np.array_equal(restored.predict(X), sklearn.tree.DecisionTreeClassifier(max_depth=3, random_state=0).fit(X, y).predict(X))',
#     'np.array_equal(restored.tree_.feature, sklearn.tree.DecisionTreeClassifier(max_depth=3, random_state=0).fit(X, y).tree_.feature)',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'decision-tree', 'validation', 'error-handling']
# edge_cases = true
# ///
import pickle

import numpy as np
from sklearn.exceptions import NotFittedError
from sklearn.linear_model import Ridge
from sklearn.tree import DecisionTreeClassifier
from sklearn.utils.validation import check_is_fitted


def roundtrip_model(model, X_check):
    """Serialise a fitted scikit-learn model to bytes with pickle and load it back.

    Before returning, checks that the restored model's predict output on
    X_check equals the original's exactly, and raises
    RuntimeError("restored model predicts differently") otherwise. Raises
    sklearn.exceptions.NotFittedError when `model` is not fitted. Returns
    the restored model (a new object, not `model` itself).
    """
    check_is_fitted(model)
    # only unpickle bytes you produced yourself: loading runs arbitrary code
    restored = pickle.loads(pickle.dumps(model))
    if not np.array_equal(restored.predict(X_check), model.predict(X_check)):
        raise RuntimeError("restored model predicts differently")
    return restored


tree = DecisionTreeClassifier(max_depth=3, random_state=0).fit(X, y)
restored = roundtrip_model(tree, X)

try:
    roundtrip_model(Ridge(), X)
except NotFittedError as error:
    unfitted_error = type(error).__name__
