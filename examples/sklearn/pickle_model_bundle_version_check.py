# /// example
# task = """
# Fit a `LogisticRegression()` on `X`, `y` and pickle it into the bytes `blob` as a bundle dict \
# with the keys `"model"`, `"sklearn_version"` (the running `sklearn.__version__`) and \
# `"features"` (the column names `f0`, `f1`, ... of `X`). Then load the model back into \
# `restored` (the fitted estimator, not the bundle) with a check that refuses a bundle saved by \
# another scikit-learn version or for other feature names (raise `ValueError`). Store the \
# message of the `ValueError` raised when loading `blob` for the feature list with `f0` renamed \
# to `age` in `mismatch_message`."""
# prompt = """
# Before I load a pickled model in production I want to be sure it was saved with the same \
# scikit-learn version and the same input columns. Fit `LogisticRegression()` on `X`, `y`, and \
# pickle a dict with `"model"`, `"sklearn_version"` and `"features"` (columns named `f0`, `f1`, \
# ...) into `blob`. Load the model itself (not the dict) into `restored` through a check that \
# raises `ValueError` on a version or feature mismatch, and show me the error message in \
# `mismatch_message` when I ask for features with `f0` renamed to `age`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'isinstance(blob, bytes) and isinstance(restored, sklearn.linear_model.LogisticRegression)',
#     'np.allclose(restored.predict_proba(X), sklearn.linear_model.LogisticRegression().fit(X, y).predict_proba(X))',
#     '(lambda b: b["sklearn_version"] == sklearn.__version__ and list(b["features"]) == [f"f{i}" for i in range(X.shape[1])])(__import__("pickle").loads(blob))',
#     'isinstance(mismatch_message, str) and len(mismatch_message) > 0',
# ]
# difficulty = 'advanced'
# tags = ['validation', 'error-handling', 'classification']
# edge_cases = true
# ///
import pickle

import sklearn
from sklearn.linear_model import LogisticRegression

feature_names = [f"f{i}" for i in range(X.shape[1])]
model = LogisticRegression().fit(X, y)
blob = pickle.dumps(
    {"model": model, "sklearn_version": sklearn.__version__, "features": feature_names}
)


def load_model(blob, expected_features):
    bundle = pickle.loads(blob)
    # unpickling across scikit-learn versions is unsupported and can silently change predictions
    if bundle["sklearn_version"] != sklearn.__version__:
        raise ValueError(
            f"model saved with scikit-learn {bundle['sklearn_version']}, running {sklearn.__version__}"
        )
    if list(bundle["features"]) != list(expected_features):
        raise ValueError(
            f"model expects features {bundle['features']}, got {list(expected_features)}"
        )
    return bundle["model"]


restored = load_model(blob, feature_names)
try:
    load_model(blob, ["age", *feature_names[1:]])
except ValueError as error:
    mismatch_message = str(error)
