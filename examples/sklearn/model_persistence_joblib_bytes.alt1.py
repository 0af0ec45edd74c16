from io import BytesIO

import joblib
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

model = Pipeline([("scale", StandardScaler()), ("logreg", LogisticRegression())])
model.fit(X, y)

buffer = BytesIO()
joblib.dump(model, buffer)
# load from a fresh stream over the saved bytes, as if they had come from disk or a network
restored = joblib.load(BytesIO(buffer.getvalue()))

labels_match = np.array_equal(restored.predict(X), model.predict(X))
probabilities_match = np.array_equal(restored.predict_proba(X), model.predict_proba(X))
same_predictions = bool(labels_match and probabilities_match)
