# /// example
# task = """
# Estimate the accuracy of a tuned model without optimistic bias by nested cross-validation on \
# `X`, `y`: an inner 3-fold `GridSearchCV` tunes `n_neighbors` in [5, 15, 31] of a \
# standardize-then-`KNeighborsClassifier` pipeline, and an outer shuffled 5-fold `KFold` scores \
# the whole search; store the outer scores in `nested_scores`. Keep the search as `inner_search` \
# and the outer splitter as `outer_cv`."""
# prompt = """
# I need an unbiased accuracy estimate for a tuned model on `X`, `y`, so use nested \
# cross-validation: an inner 3-fold `GridSearchCV` tunes n_neighbors in [5, 15, 31] for a \
# standardize-then-k-NN pipeline, and an outer shuffled 5-fold KFold scores the whole search. \
# Store the outer scores in `nested_scores`, the search in `inner_search` and the outer splitter \
# in `outer_cv`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'nested_scores.shape == (5,) and np.all((nested_scores >= 0) & (nested_scores <= 1))',
#     'len(nested_scores) == outer_cv.get_n_splits() and isinstance(inner_search, GridSearchCV)',
#     # the inner search uses 3 folds (a fold count or a splitter); the outer splitter is a shuffled 5-fold one
#     '(inner_search.cv if isinstance(inner_search.cv, int) else inner_search.cv.get_n_splits()) == 3 and outer_cv.get_n_splits() == 5 and outer_cv.shuffle',
#     # the outer scores are those of a fresh search fitted on each outer training fold of outer_cv
#     'np.allclose(nested_scores, [type(inner_search)(**inner_search.get_params(deep=False)).fit(X[train], y[train]).score(X[test], y[test]) for train, test in outer_cv.split(X, y)])',
# ]
# difficulty = 'advanced'
# tags = ['cross-validation', 'model-selection', 'parameter-choice']
# edge_cases = true
# ///
from sklearn.model_selection import GridSearchCV, KFold, cross_val_score
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

pipeline = make_pipeline(StandardScaler(), KNeighborsClassifier())
inner_search = GridSearchCV(pipeline, {"kneighborsclassifier__n_neighbors": [5, 15, 31]}, cv=3)
# the search is re-run inside every outer training fold, so the outer test folds stay unseen
outer_cv = KFold(n_splits=5, shuffle=True, random_state=0)
nested_scores = cross_val_score(inner_search, X, y, cv=outer_cv)
