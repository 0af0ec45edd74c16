import io

import joblib
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
    buffer = io.BytesIO()
    joblib.dump(model, buffer)  # joblib writes pickle bytes, with numpy arrays stored efficiently
    buffer.seek(0)
    restored = joblib.load(buffer)
    same = np.array_equal(np.asarray(restored.predict(X_check)), np.asarray(model.predict(X_check)))
    if not same:
        raise RuntimeError("restored model predicts differently")
    return restored


clf = DecisionTreeClassifier(max_depth=3, random_state=0)
clf.fit(X, y)
restored = roundtrip_model(clf, X)

try:
    roundtrip_model(Ridge(), X)
except NotFittedError as exc:
    unfitted_error = exc.__class__.__name__
