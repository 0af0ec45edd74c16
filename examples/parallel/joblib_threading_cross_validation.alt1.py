import joblib
from sklearn import ensemble, model_selection

model = ensemble.RandomForestClassifier(n_estimators=10, max_depth=3, random_state=0)
folds = model_selection.StratifiedKFold(n_splits=3)
# n_jobs=2 asks for two workers; the context decides that they are threads
with joblib.parallel_config(backend="threading"):
    fold_accuracy = model_selection.cross_val_score(model, X_multi, y_multi, cv=folds, n_jobs=2)
