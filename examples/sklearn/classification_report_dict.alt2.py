from sklearn import metrics
from sklearn.model_selection import StratifiedShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

split = StratifiedShuffleSplit(n_splits=1, train_size=0.7, random_state=0)
train_idx, test_idx = next(split.split(X, y))
X_train, X_test, y_train, y_test = X[train_idx], X[test_idx], y[train_idx], y[test_idx]

svc = make_pipeline(StandardScaler(), SVC(kernel="rbf")).fit(X_train, y_train)
y_pred = svc.predict(X_test)

# per-class rows keyed by the label as a string, plus "accuracy", "macro avg", "weighted avg"
report = metrics.classification_report(y_test, y_pred, output_dict=True, zero_division=0.0)
macro_f1 = metrics.f1_score(y_test, y_pred, average="macro", zero_division=0.0)
