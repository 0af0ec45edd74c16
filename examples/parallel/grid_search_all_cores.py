# /// example
# task = """
# Tune the inverse regularisation strength `C` of a `LogisticRegression` (with `max_iter=1000`) \
# on `X`, `y` over the grid 0.01, 0.1, 1 and 10 with `GridSearchCV` and 5-fold cross-validation, \
# fitting the candidates on all CPU cores; store the fitted search in `search`."""
# prompt = """
# I want to tune the regularisation strength `C` of a scikit-learn logistic regression \
# (max_iter=1000) on `X`, `y`, trying 0.01, 0.1, 1 and 10 with a grid search and 5-fold \
# cross-validation, fitting the candidates on all CPU cores. Store the fitted search object in \
# `search`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     "sorted(params['C'] for params in search.cv_results_['params']) == [0.01, 0.1, 1, 10]",
#     "search.n_splits_ == 5 and search.best_params_['C'] in (0.01, 0.1, 1, 10)",
#     "search.best_score_ == search.cv_results_['mean_test_score'].max()",
#     "search.best_estimator_.C == search.best_params_['C'] and search.best_estimator_.predict(X).shape == y.shape",
# ]
# difficulty = 'intermediate'
# tags = ['parallelism', 'parameter-choice', 'cross-validation']
# # seconds: a process pool starts its workers afresh in every run, each importing what the task needs
# # (scikit-learn: 10-20 s on a busy two-core machine before the first task runs)
# timeout = 120
# [edge_cases]
# min_size = 40
# why = 'five stratified folds need five samples of every class (the rarer one is 15% at least)'
# ///
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV

# the 4 x 5 fits are independent: n_jobs=-1 spreads them over every core
search = GridSearchCV(
    LogisticRegression(max_iter=1000),
    param_grid={"C": [0.01, 0.1, 1, 10]},
    cv=5,
    n_jobs=-1,
)
search.fit(X, y)
