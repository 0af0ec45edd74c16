from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, StratifiedKFold

param_grid = {"C": [0.01, 0.1, 1.0, 10.0]}
# cv=5 on a classifier means StratifiedKFold(5) without shuffling; spelled out here
search = GridSearchCV(
    estimator=LogisticRegression(max_iter=1000),
    param_grid=param_grid,
    cv=StratifiedKFold(n_splits=5),
    n_jobs=-1,
)
search.fit(X, y)
