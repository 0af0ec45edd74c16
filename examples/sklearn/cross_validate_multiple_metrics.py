# /// example
# task = """
# Cross-validate (5 folds) a `RandomForestClassifier` (30 trees, `max_depth=5`) on the binary \
# data `X`, `y` with `cross_validate`, scoring accuracy, F1 and ROC AUC at once and keeping the \
# training scores; store the result dict in `results` and the mean test score of each metric in \
# the dict `summary` keyed "accuracy", "f1", "roc_auc". Keep the forest as `forest`."""
# prompt = """
# Cross-validate a random forest classifier `forest` (30 trees, max depth 5) on my binary data \
# `X`, `y` with 5 folds, scoring accuracy, F1 and ROC AUC all at once and also keeping the \
# training scores. Store the raw result dict in `results` and the mean test score of each metric \
# in a dict `summary` keyed "accuracy", "f1", "roc_auc"."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     "all(len(results[f'{part}_{m}']) == 5 for part in ('train', 'test') for m in ('accuracy', 'f1', 'roc_auc'))",
#     "set(summary) == {'accuracy', 'f1', 'roc_auc'} and all(0 <= v <= 1 for v in summary.values())",
#     "all(np.isclose(summary[m], results[f'test_{m}'].mean()) for m in ('accuracy', 'f1', 'roc_auc'))",
#     "results['fit_time'].shape == (5,)",
#     'forest.n_estimators == 30 and forest.max_depth == 5',
# ]
# difficulty = 'intermediate'
# tags = ['cross-validation', 'model-evaluation', 'ensemble']
# [edge_cases]
# min_size = 34
# why = '5-fold stratified CV (cv=5 for a classifier) needs five samples of every class, and ROC AUC both classes in every test fold: the rare class of an imbalanced draw has five from 34 samples'
# ///
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import cross_validate

metrics = ["accuracy", "f1", "roc_auc"]
forest = RandomForestClassifier(n_estimators=30, max_depth=5, random_state=0)
# a list of scorer names gives test_<name> (and train_<name>) keys; cv=5 on a classifier
# uses stratified folds
results = cross_validate(forest, X, y, cv=5, scoring=metrics, return_train_score=True)
summary = {name: results[f"test_{name}"].mean() for name in metrics}
