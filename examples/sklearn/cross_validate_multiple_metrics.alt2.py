import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate

# shuffled stratified folds: every fold keeps the class ratio of y
folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scoring = {"accuracy": "accuracy", "f1": "f1", "roc_auc": "roc_auc"}

forest = RandomForestClassifier(n_estimators=30, max_depth=5, random_state=0)
results = cross_validate(
    forest,
    X,
    y,
    cv=folds,
    scoring=scoring,
    return_train_score=True,
)
summary = {name: np.mean(results["test_" + name]) for name in scoring}
