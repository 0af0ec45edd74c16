# /// example
# task = """
# Rank the features of `X` by their estimated mutual information with the class labels `y` \
# (`mutual_info_classif` with its default 3 neighbours and `random_state=0`, so the estimate is \
# reproducible) and keep the 3 highest-scoring ones with `SelectKBest`. Store the 6 scores in \
# `mi_scores`, the sorted indices of the kept columns in `selected`, and the reduced matrix (the \
# kept columns in increasing order) in `X_top`."""
# prompt = """
# I want to keep the `3` features of `X` that carry the most information about `y`, judged by \
# mutual information (scikit-learn's `mutual_info_classif`, seeded with `random_state=0` so the \
# result doesn't change between runs), using `SelectKBest`. Give me the scores `mi_scores`, the \
# kept column indices sorted in `selected`, and the reduced `X_top`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'np.allclose(mi_scores, sklearn.feature_selection.mutual_info_classif(X, y, random_state=0))',
#     # any 3 columns whose scores are all at least every dropped column's score (ties may go either way)
#     'len(selected) == 3 and np.all(np.diff(selected) > 0) and np.min(np.asarray(mi_scores)[selected]) >= np.max(np.delete(np.asarray(mi_scores), selected))',
#     'np.array_equal(X_top, X[:, np.asarray(selected)])',
# ]
# difficulty = 'advanced'
# tags = ['feature-selection', 'classification']
# edge_cases = true
# ///
from functools import partial

import numpy as np
from sklearn.feature_selection import SelectKBest, mutual_info_classif

# SelectKBest calls score_func(X, y) only: partial fixes the estimator's random_state
score_func = partial(mutual_info_classif, random_state=0)
selector = SelectKBest(score_func, k=3).fit(X, y)
mi_scores = selector.scores_
selected = np.flatnonzero(selector.get_support())
X_top = selector.transform(X)
