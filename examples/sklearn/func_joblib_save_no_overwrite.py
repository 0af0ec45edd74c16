# /// example
# task = '''
# Write the two functions `save_model` and `load_model` with the signatures and docstrings below.
# Fit a pipeline of `StandardScaler()` and `LogisticRegression()` on the features `X` and labels
# `y`, save it to `models/clf.joblib`, store the returned size in `n_bytes` and the model loaded
# back in `reloaded`. Store in `overwrite_error` the name of the exception class raised by saving
# to the same path again.
#
# ```python
# def save_model(model, path, compress=3):
#     """Save a fitted model to `path` with joblib (zlib level `compress`),
#     creating missing parent folders. Never overwrites: raises
#     FileExistsError when `path` already exists. Returns the size of the
#     written file in bytes.
#     """
#
#
# def load_model(path):
#     """Load a model saved by save_model."""
# ```'''
# prompt = """
# I want to stop clobbering my saved models. Please write `save_model(model, path, compress=3)` \
# that writes the fitted model with joblib (compressed), creates missing folders, raises \
# `FileExistsError` instead of overwriting an existing file and returns the file size in bytes, \
# plus `load_model(path)` to read it back. Save a `StandardScaler()` + `LogisticRegression()` \
# pipeline fitted on my `X`, `y` to `models/clf.joblib`, keeping the size in `n_bytes` and the \
# reloaded model in `reloaded`, and keep the exception class name for a second save to the same \
# path in `overwrite_error`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     '(lambda m: save_model(m, "checks/ridge.joblib") > 0 and np.allclose(load_model("checks/ridge.joblib").coef_, m.coef_))(sklearn.linear_model.Ridge().fit([[0.0], [1.0], [2.0]], [1.0, 0.0, 4.0]))',
#     '(lambda m: save_model(m, "checks/deeper/tree.joblib", compress=0) > 0 and np.array_equal(load_model("checks/deeper/tree.joblib").predict(np.eye(3)), m.predict(np.eye(3))))(sklearn.tree.DecisionTreeClassifier(random_state=0).fit(np.eye(3), [0, 1, 1]))',
#     # a large constant array: compressed at level 9 it is far smaller than stored raw
#     '(lambda m: save_model(m, "checks/dummy_9.joblib", compress=9) < save_model(m, "checks/dummy_0.joblib", compress=0) and np.array_equal(load_model("checks/dummy_9.joblib").constant_, m.constant_))(sklearn.dummy.DummyRegressor(strategy="constant", constant=2.0).fit(np.zeros((10_000, 1)), np.full(10_000, 2.0)))',
#     'overwrite_error == "FileExistsError" and isinstance(n_bytes, int) and n_bytes > 0',
#     'np.array_equal(reloaded.predict(X), sklearn.pipeline.make_pipeline(sklearn.preprocessing.StandardScaler(), sklearn.linear_model.LogisticRegression()).fit(X, y).predict(X))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'pipeline', 'file-io', 'validation', 'error-handling']
# edge_cases = true
# ///
from pathlib import Path

import joblib
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def save_model(model, path, compress=3):
    """Save a fitted model to `path` with joblib (zlib level `compress`),
    creating missing parent folders. Never overwrites: raises
    FileExistsError when `path` already exists. Returns the size of the
    written file in bytes.
    """
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # an int compress uses zlib at that level: smaller files, slower saves
    joblib.dump(model, path, compress=compress)
    return path.stat().st_size


def load_model(path):
    """Load a model saved by save_model."""
    return joblib.load(path)


model = make_pipeline(StandardScaler(), LogisticRegression()).fit(X, y)
n_bytes = save_model(model, "models/clf.joblib")
reloaded = load_model("models/clf.joblib")

try:
    save_model(model, "models/clf.joblib")
except FileExistsError as error:
    overwrite_error = type(error).__name__
