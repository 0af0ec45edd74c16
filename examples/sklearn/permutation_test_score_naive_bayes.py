# /// example
# task = """
# Test whether a `GaussianNB()` classifier on `X`, `y` does better than chance with \
# `permutation_test_score`: 3 stratified folds (`StratifiedKFold(3)`), accuracy, \
# `n_permutations=10`, `random_state=0`. Store the true cross-validated accuracy in `score`, the \
# permuted-label accuracies in `perm_scores` and the p-value in `p_value`."""
# prompt = """
# Is my Gaussian naive Bayes classifier on `X`, `y` actually learning something? Run a \
# permutation test: cross-validated accuracy with `StratifiedKFold(3)` against 10 label \
# permutations (`n_permutations=10`, `random_state=0`). I need the real score in `score`, the \
# permutation scores in `perm_scores` and the p-value in `p_value`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     # the permutations drawn with random_state=0
#     'len(perm_scores) == 10 and np.allclose(perm_scores, sklearn.model_selection.permutation_test_score(sklearn.naive_bayes.GaussianNB(), X, y, cv=sklearn.model_selection.StratifiedKFold(3), n_permutations=10, random_state=0)[1])',
#     'np.isclose(score, sklearn.model_selection.cross_val_score(sklearn.naive_bayes.GaussianNB(), X, y, cv=sklearn.model_selection.StratifiedKFold(3)).mean())',
#     # p = (permutations scoring at least as well + 1) / (permutations + 1)
#     'np.isclose(p_value, (np.sum(np.asarray(perm_scores) >= score) + 1) / 11)',
# ]
# difficulty = 'intermediate'
# tags = ['hypothesis-test', 'cross-validation', 'model-evaluation', 'classification']
# edge_cases = { min_size = 30, why = "three stratified folds need at least three samples of the rarer class" }
# ///
from sklearn.model_selection import StratifiedKFold, permutation_test_score
from sklearn.naive_bayes import GaussianNB

model = GaussianNB()
# few permutations keep it quick; the smallest attainable p-value is then 1/11
score, perm_scores, p_value = permutation_test_score(
    model, X, y, cv=StratifiedKFold(3), scoring="accuracy", n_permutations=10, random_state=0
)
