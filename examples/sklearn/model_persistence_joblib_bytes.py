# /// example
# task = """
# Fit a `StandardScaler`-then-`LogisticRegression` pipeline `model` on `X`, `y`, save it with \
# `joblib.dump` into an in-memory `io.BytesIO` buffer `buffer`, load it back from the buffer into \
# `restored`, and store in `same_predictions` whether the restored model predicts the same labels \
# and probabilities for `X` as the original."""
# prompt = """
# Before shipping my classifier I want to make sure it survives a save and load. Fit a pipeline \
# `model` (StandardScaler, then LogisticRegression) on `X`, `y`, serialize it with joblib into an \
# in-memory bytes buffer `buffer` instead of a file, load it back from the buffer as `restored`, \
# and set `same_predictions` to whether the restored model gives the same labels and \
# probabilities on `X`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'joblib', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'len(buffer.getvalue()) > 0 and restored is not model',
#     'same_predictions is True or same_predictions == np.True_',
#     "np.allclose(restored.predict_proba(X), sklearn.pipeline.make_pipeline(sklearn.preprocessing.StandardScaler(), sklearn.linear_model.LogisticRegression()).fit(X, y).predict_proba(X))",
#     '[type(step).__name__ for step in restored] == ["StandardScaler", "LogisticRegression"]',
# ]
# difficulty = 'basic'
# tags = ['pipeline', 'classification', 'file-io']
# edge_cases = true
# ///
import io

import joblib
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

model = make_pipeline(StandardScaler(), LogisticRegression()).fit(X, y)

buffer = io.BytesIO()
joblib.dump(model, buffer)
# rewind before reading, or load would start at the end of what was written
buffer.seek(0)
restored = joblib.load(buffer)

same_predictions = np.array_equal(restored.predict(X), model.predict(X)) and np.array_equal(
    restored.predict_proba(X), model.predict_proba(X)
)
