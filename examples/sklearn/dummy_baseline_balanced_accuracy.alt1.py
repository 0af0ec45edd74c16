import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, balanced_accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=4)

models = {
    "baseline": DummyClassifier(strategy="most_frequent"),
    "svc": make_pipeline(StandardScaler(), SVC(kernel="rbf", class_weight="balanced")),
}
rows = {}
for name, estimator in models.items():
    predicted = estimator.fit(X_train, y_train).predict(X_test)
    rows[name] = {
        "accuracy": accuracy_score(y_test, predicted),
        "balanced_accuracy": balanced_accuracy_score(y_test, predicted),
    }
comparison = pd.DataFrame.from_dict(rows, orient="index")
