# /// example
# task = '''
# Write the two functions `dump_model` and `load_model` with the signatures and docstrings below.
# Fit a `LogisticRegression()` on the features `X` and labels `y`, dump it with the feature names
# `x0`, `x1`, ... into `blob`, and load it back into `loaded`. Store in `tamper_error` the message
# raised when one byte of `blob` is changed, and in `columns_error` the message raised when the
# expected feature names are reversed.
#
# ```python
# def dump_model(model, feature_names):
#     """Serialise a fitted model with its feature names.
#
#     Returns bytes: a 64-character hex SHA-256 digest (ASCII) of the
#     payload, followed by the payload, the pickle of the dict
#     {"model": model, "feature_names": list(feature_names),
#      "sklearn_version": sklearn.__version__}.
#     """
#
#
# def load_model(blob, feature_names):
#     """Inverse of dump_model, checked before use.
#
#     Raises ValueError("checksum mismatch") when the digest does not match the
#     payload (before unpickling anything), and
#     ValueError("feature names differ") when the stored feature names are
#     not exactly `feature_names` (same order). Returns the model.
#     """
# ```'''
# prompt = """
# I store models as bytes in a database and want to catch corruption and column mix-ups. Write \
# `dump_model(model, feature_names)` returning the 64-character hex SHA-256 of the payload \
# followed by the payload (a pickled dict with `"model"`, `"feature_names"` and \
# `"sklearn_version"`), and `load_model(blob, feature_names)` that verifies the digest before \
# unpickling (`ValueError("checksum mismatch")`), checks the stored feature names match exactly \
# (`ValueError("feature names differ")`) and returns the model. Fit a `LogisticRegression()` on \
# my `X`, `y`, dump it with names `x0`, `x1`, ... into `blob`, load it into `loaded`, and keep \
# the messages for a blob with one changed byte in `tamper_error` and for reversed names in \
# `columns_error`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     '(lambda m: np.allclose(load_model(dump_model(m, ["a"]), ["a"]).coef_, m.coef_))(sklearn.linear_model.LinearRegression().fit([[0.0], [1.0], [3.0]], [1.0, 2.0, 7.0]))',
#     '(lambda b: len(b) > 64 and all(c in b"0123456789abcdef" for c in b[:64]) and load_model(b, ["t"]).predict([[5.0]])[0] == 3.0)(dump_model(sklearn.dummy.DummyRegressor().fit([[0.0], [1.0]], [2.0, 4.0]), ["t"]))',
#     '(lambda m: load_model(dump_model(m, ["u", "v"]), ["u", "v"]).predict([[9.0, 9.0]])[0] == m.predict([[9.0, 9.0]])[0])(sklearn.tree.DecisionTreeRegressor(max_depth=1).fit([[0.0, 1.0], [5.0, 2.0], [9.0, 3.0]], [1.0, 2.0, 3.0]))',
#     'isinstance(blob, bytes) and np.array_equal(loaded.predict(X), sklearn.linear_model.LogisticRegression().fit(X, y).predict(X))',
#     'tamper_error == "checksum mismatch" and columns_error == "feature names differ"',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'validation', 'error-handling', 'linear-model']
# edge_cases = true
# ///
import hashlib
import pickle

import sklearn
from sklearn.linear_model import LogisticRegression


def dump_model(model, feature_names):
    """Serialise a fitted model with its feature names.

    Returns bytes: a 64-character hex SHA-256 digest (ASCII) of the
    payload, followed by the payload, the pickle of the dict
    {"model": model, "feature_names": list(feature_names),
     "sklearn_version": sklearn.__version__}.
    """
    payload = pickle.dumps(
        {
            "model": model,
            "feature_names": list(feature_names),
            "sklearn_version": sklearn.__version__,
        }
    )
    return hashlib.sha256(payload).hexdigest().encode("ascii") + payload


def load_model(blob, feature_names):
    """Inverse of dump_model, checked before use.

    Raises ValueError("checksum mismatch") when the digest does not match the
    payload (before unpickling anything), and
    ValueError("feature names differ") when the stored feature names are
    not exactly `feature_names` (same order). Returns the model.
    """
    digest, payload = blob[:64], blob[64:]
    # verify first: unpickling corrupted or foreign bytes can fail badly or run code
    if hashlib.sha256(payload).hexdigest().encode("ascii") != digest:
        raise ValueError("checksum mismatch")
    bundle = pickle.loads(payload)
    if bundle["feature_names"] != list(feature_names):
        raise ValueError("feature names differ")
    return bundle["model"]


names = [f"x{j}" for j in range(X.shape[1])]
blob = dump_model(LogisticRegression().fit(X, y), names)
loaded = load_model(blob, names)

corrupted = bytearray(blob)
corrupted[-10] ^= 0xFF
try:
    load_model(bytes(corrupted), names)
except ValueError as error:
    tamper_error = str(error)

try:
    load_model(blob, names[::-1])
except ValueError as error:
    columns_error = str(error)
