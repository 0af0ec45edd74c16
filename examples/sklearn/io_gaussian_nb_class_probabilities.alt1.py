import numpy as np
import pandas as pd
from sklearn import naive_bayes

training = pd.DataFrame(
    {
        "f1": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
        "f2": [2.0, 1.5, 3.5, 4.0, 4.5, 6.5],
        "label": ["low", "low", "low", "high", "high", "high"],
    }
)
X = training[["f1", "f2"]].to_numpy()
y = training["label"].to_numpy()

classifier = naive_bayes.GaussianNB()
classifier.fit(X, y)
queries = np.array([[3.5, 3.5], [2.5, 3.0]])
proba = classifier.predict_proba(queries)
# the most probable class per row, in the same column order as proba
predicted = classifier.classes_[proba.argmax(axis=1)]
