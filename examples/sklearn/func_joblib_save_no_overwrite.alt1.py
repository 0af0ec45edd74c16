import os

import joblib
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler


def save_model(model, path, compress=3):
    """Save a fitted model to `path` with joblib (zlib level `compress`),
    creating missing parent folders. Never overwrites: raises
    FileExistsError when `path` already exists. Returns the size of the
    written file in bytes.
    """
    folder = os.path.dirname(path)
    if folder:
        os.makedirs(folder, exist_ok=True)
    # mode "xb" creates the file or fails with FileExistsError, with no race between check and write
    with open(path, "xb") as handle:
        joblib.dump(model, handle, compress=("zlib", compress))
    return os.path.getsize(path)


def load_model(path):
    """Load a model saved by save_model."""
    with open(path, "rb") as handle:
        return joblib.load(handle)


pipe = Pipeline([("scale", StandardScaler()), ("logreg", LogisticRegression())])
pipe.fit(X, y)
n_bytes = save_model(pipe, "models/clf.joblib")
reloaded = load_model("models/clf.joblib")

try:
    save_model(pipe, "models/clf.joblib")
except FileExistsError as exc:
    overwrite_error = exc.__class__.__name__
