import sklearn.model_selection as ms
from sklearn.ensemble import RandomForestClassifier

forest = RandomForestClassifier(n_estimators=30, max_depth=5, random_state=42)
metrics = ("accuracy", "f1", "roc_auc")

results = ms.cross_validate(
    forest,
    X,
    y,
    cv=ms.StratifiedKFold(n_splits=5),
    scoring=list(metrics),
    return_train_score=True,
)
summary = {metric: float(results[f"test_{metric}"].mean()) for metric in metrics}
