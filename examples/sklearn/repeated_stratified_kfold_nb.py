# /// example
# task = """
# Estimate the accuracy of `GaussianNB()` on `X`, `y` with repeated stratified cross-validation: \
# 3 folds repeated twice with different shuffles (`RepeatedStratifiedKFold(n_splits=3, n_repeats=2, \
# random_state=0)`). Store the 6 fold accuracies in `scores` and their mean and standard deviation \
# in `mean_acc` and `std_acc`."""
# prompt = """
# One run of 3-fold CV on my `X`, `y` gives jumpy numbers, so I'd like to repeat stratified 3-fold \
# CV twice with different shuffles (`n_splits=3`, `n_repeats=2`, `random_state=0`) for a Gaussian \
# naive Bayes model. Give me all 6 accuracies in `scores`, plus `mean_acc` and `std_acc`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'len(scores) == 6',
#     'np.allclose(scores, [np.mean(sklearn.naive_bayes.GaussianNB().fit(X[a], y[a]).predict(X[b]) == y[b]) for a, b in sklearn.model_selection.RepeatedStratifiedKFold(n_splits=3, n_repeats=2, random_state=0).split(X, y)])',
#     'np.isclose(mean_acc, np.mean(scores)) and np.isclose(std_acc, np.std(scores))',
# ]
# difficulty = 'intermediate'
# tags = ['cross-validation', 'model-evaluation', 'imbalanced-classes']
# edge_cases = { min_size = 30, why = "three stratified folds need at least three samples of the rarer class" }
# ///
from sklearn.model_selection import RepeatedStratifiedKFold, cross_val_score
from sklearn.naive_bayes import GaussianNB

# each repeat reshuffles before splitting, so the 6 folds are not all the same partition
cv = RepeatedStratifiedKFold(n_splits=3, n_repeats=2, random_state=0)
scores = cross_val_score(GaussianNB(), X, y, cv=cv, scoring="accuracy")
mean_acc = scores.mean()
std_acc = scores.std()
