# /// example
# task = """
# Tune an RBF `SVC` in a standardizing `Pipeline` on the multi-class data `X`, `y` with \
# `GridSearchCV` over the 6 combinations of `C` in [0.1, 1, 10] and `gamma` in ["scale", 0.1] \
# (3-fold, accuracy); store the fitted search in `search` and its best parameters in \
# `best_params`."""
# prompt = """
# Tune an RBF SVC inside a standardizing pipeline on my multi-class data `X`, `y` with an \
# exhaustive grid search over the 6 combinations of C in [0.1, 1, 10] and gamma in ["scale", \
# 0.1], using 3-fold CV and accuracy, refitting the best model on all the data. Store the fitted \
# search in `search` and its best parameters in `best_params`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     # the pipeline's step names are the solver's choice: read C and gamma by their parameter name
#     "{key.rsplit('__', 1)[-1]: value for key, value in best_params.items()} == {'C': search.best_estimator_[-1].C, 'gamma': search.best_estimator_[-1].gamma}",
#     "search.best_estimator_[-1].C in (0.1, 1, 10) and search.best_estimator_[-1].gamma in ('scale', 0.1)",
#     "len(search.cv_results_['params']) == 6",
#     "np.isclose(search.best_score_, search.cv_results_['mean_test_score'].max())",
#     # refit=True: the best parameters are refitted on all of X
#     "best_params == search.best_params_ and search.best_estimator_[0].n_samples_seen_ == len(X)",
#     'set(np.unique(search.predict(X))) <= set(np.unique(y))',
#     'search.n_splits_ == 3',
# ]
# difficulty = 'intermediate'
# tags = ['model-selection', 'parameter-choice', 'svm', 'pipeline']
# [edge_cases]
# min_size = 40
# why = '3-fold stratified CV needs three samples of every class: the rarest class of an imbalanced three-class draw has three from 40 samples'
# ///
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

pipeline = Pipeline([("scale", StandardScaler()), ("svc", SVC(kernel="rbf"))])
# parameters of a pipeline step are addressed as <step name>__<parameter>
param_grid = {"svc__C": [0.1, 1, 10], "svc__gamma": ["scale", 0.1]}
search = GridSearchCV(pipeline, param_grid, cv=3, scoring="accuracy")
search.fit(X, y)
best_params = search.best_params_
