import numpy as np
from sklearn.linear_model import Ridge
from sklearn.metrics import r2_score
from sklearn.model_selection import KFold

# shuffle=True is what makes the seed meaningful
kfold = KFold(n_splits=3, shuffle=True, random_state=0)
scores = np.array(
    [
        r2_score(y[test], Ridge(alpha=1.0).fit(X[train], y[train]).predict(X[test]))
        for train, test in kfold.split(X)
    ]
)
