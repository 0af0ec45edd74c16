import numpy as np
from sklearn.linear_model import Ridge
from sklearn.metrics import r2_score
from sklearn.model_selection import KFold
from sklearn.preprocessing import StandardScaler

fold_scores = []
for train_idx, test_idx in KFold(n_splits=5).split(X):
    scaler = StandardScaler().fit(X[train_idx])
    ridge = Ridge(alpha=10.0).fit(scaler.transform(X[train_idx]), y[train_idx])
    fold_scores.append(r2_score(y[test_idx], ridge.predict(scaler.transform(X[test_idx]))))
scores = np.array(fold_scores)
