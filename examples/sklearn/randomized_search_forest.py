# /// example
# task = """
# Tune a `RandomForestClassifier` (20 trees) on `X`, `y` with `RandomizedSearchCV`: 6 draws \
# (3-fold CV, `random_state=0`) of `max_depth` from the integers 2-7, `min_samples_leaf` from 1-9 \
# (scipy `randint`) and `max_features` from ["sqrt", None]; store the fitted search in `search`."""
# prompt = """
# Tune a random forest classifier (20 trees) directly on `X`, `y` (not inside a pipeline) with a \
# randomized search of 6 draws, 3-fold CV and random_state=0, sampling max_depth from the \
# integers 2-7, min_samples_leaf from 1-9 (scipy's randint, remembering its upper bound is \
# exclusive) and max_features from ["sqrt", None]. Store the fitted search in `search`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'scipy.stats']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     "len(search.cv_results_['params']) == 6",
#     "2 <= search.best_params_['max_depth'] <= 7 and 1 <= search.best_params_['min_samples_leaf'] <= 9",
#     "search.best_params_['max_features'] in ('sqrt', None)",
#     "0 <= search.best_score_ <= 1 and np.isclose(search.best_score_, search.cv_results_['mean_test_score'].max())",
#     "search.best_estimator_.max_depth == search.best_params_['max_depth'] and search.best_estimator_.n_estimators == 20",
#     'search.n_splits_ == 3',
# ]
# difficulty = 'advanced'
# tags = ['model-selection', 'parameter-choice', 'ensemble']
# [edge_cases]
# min_size = 20
# why = '3-fold stratified CV needs three samples of every class: the rare class of an imbalanced draw has three from 20 samples'
# ///
from scipy.stats import randint
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import RandomizedSearchCV

param_distributions = {
    "max_depth": randint(2, 8),  # randint's upper bound is exclusive
    "min_samples_leaf": randint(1, 10),
    "max_features": ["sqrt", None],
}
search = RandomizedSearchCV(
    RandomForestClassifier(n_estimators=20, random_state=0),
    param_distributions,
    n_iter=6,
    cv=3,
    random_state=0,
)
search.fit(X, y)
