# /// example
# task = """
# Split `X`, `y` into training and test parts (25% test, stratified, `random_state=0`), fit a \
# `RandomForestClassifier` (100 trees, `random_state=0`) on the training part as `model`, and \
# compute its permutation importances on the test part with 10 repeats and `random_state=0`, \
# evaluating the repeats on all CPU cores; store the result in `importances` and the test part in \
# `X_test`, `y_test`."""
# prompt = """
# Split `X`, `y` into train and test sets (25% test, stratified, random_state=0) and keep the \
# test part as `X_test`, `y_test`. Fit a random forest classifier with 100 trees and \
# random_state=0 on the training part as `model`, then compute permutation importances on the \
# test part with 10 repeats and random_state=0, running on all CPU cores; store them in \
# `importances`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'importances.importances.shape == (X.shape[1], 10)',
#     'np.allclose(importances.importances_mean, importances.importances.mean(axis=1))',
#     'np.allclose(importances.importances_std, importances.importances.std(axis=1))',
#     # a drop in accuracy, which can't exceed the model's accuracy on the test part
#     'np.all(importances.importances <= model.score(X_test, y_test) + 1e-12)',
#     # a 25% test part (rounded up), stratified: every class in the proportion it has in `y` (to within one sample)
#     'len(y_test) == len(X_test) == math.ceil(0.25 * len(y))',
#     'all(abs(np.sum(y_test == c) - len(y_test) * np.mean(y == c)) < 1 for c in np.unique(y))',
# ]
# difficulty = 'intermediate'
# tags = ['parallelism', 'model-inspection']
# # seconds: a process pool starts its workers afresh in every run, each importing what the task needs
# # (scikit-learn: 10-20 s on a busy two-core machine before the first task runs)
# timeout = 120
# [edge_cases]
# min_size = 40
# why = 'a stratified 25% test part needs two samples of every class (the rarer one is 15% at least)'
# ///
from sklearn.ensemble import RandomForestClassifier
from sklearn.inspection import permutation_importance
from sklearn.model_selection import train_test_split

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=0
)
model = RandomForestClassifier(n_estimators=100, random_state=0).fit(X_train, y_train)
# every feature is shuffled and rescored independently: n_jobs=-1 runs them in parallel
importances = permutation_importance(model, X_test, y_test, n_repeats=10, random_state=0, n_jobs=-1)
