import numpy as np
from sklearn.base import clone
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

model = Pipeline([("scaler", StandardScaler()), ("svc", SVC(kernel="rbf"))])
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)

# the loop cross_val_score runs for us: a fresh copy of the pipeline per fold
fold_accuracies = []
for train_idx, test_idx in cv.split(X, y):
    fitted = clone(model).fit(X[train_idx], y[train_idx])
    fold_accuracies.append(fitted.score(X[test_idx], y[test_idx]))
scores = np.array(fold_accuracies)
