# /// example
# task = """
# Cross-validate a `RandomForestClassifier` (10 trees, `max_depth=3`, `random_state=0`) on \
# `X_multi`, `y_multi` with 3 stratified folds and `cross_val_score(..., n_jobs=2)`, but make \
# scikit-learn's joblib run the folds in threads instead of worker processes by wrapping the call in \
# `joblib.parallel_config`; store the fold accuracies in `fold_accuracy`."""
# prompt = """
# On a shared server I'm not allowed to start worker processes, but I still want scikit-learn's \
# cross-validation to run its folds in parallel. Cross-validate a random forest (10 trees, \
# max_depth=3, random_state=0) on `X_multi`, `y_multi` with 3 stratified folds and \
# `cross_val_score(..., n_jobs=2)`, switching joblib to threads with `joblib.parallel_config`. Store \
# the accuracies in `fold_accuracy`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'joblib']
# inputs = { X_multi = 'clf_multi.X', y_multi = 'clf_multi.y' }
# checks = [
#     'fold_accuracy.shape == (3,)',
#     # the folds and forests do not depend on where they run: the same scores serially
#     'np.allclose(fold_accuracy, sklearn.model_selection.cross_val_score(sklearn.ensemble.RandomForestClassifier(n_estimators=10, max_depth=3, random_state=0), X_multi, y_multi, cv=sklearn.model_selection.StratifiedKFold(3)))',
# ]
# difficulty = 'advanced'
# tags = ['parallelism', 'cross-validation', 'ensemble']
# [edge_cases]
# min_size = 40
# why = 'three stratified folds need three samples of every class (the rarest is 7.5% at least)'
# ///
from joblib import parallel_config
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import cross_val_score

forest = RandomForestClassifier(n_estimators=10, max_depth=3, random_state=0)
# scikit-learn hands its tasks to joblib, which takes the backend from the innermost
# parallel_config: the threading backend here instead of the default loky processes
with parallel_config(backend="threading"):
    fold_accuracy = cross_val_score(forest, X_multi, y_multi, cv=3, n_jobs=2)
