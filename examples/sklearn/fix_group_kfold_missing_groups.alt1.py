import numpy as np
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import GroupKFold

X_time = scores[["time"]]
target = scores["score"]
fold_mae = []
for train_idx, test_idx in GroupKFold(n_splits=3).split(X_time, target, groups=scores["subject"]):
    model = LinearRegression().fit(X_time.iloc[train_idx], target.iloc[train_idx])
    fold_mae.append(
        mean_absolute_error(target.iloc[test_idx], model.predict(X_time.iloc[test_idx]))
    )
fold_mae = np.array(fold_mae)
