# /// example
# task = """
# Cross-validate a standardize-then-`LogisticRegression` pipeline on `X`, `y` with \
# `cross_validate`, 5 folds and both accuracy and ROC AUC as scores, running the folds on all CPU \
# cores; store the result dictionary in `cv_results`."""
# prompt = """
# I'd like to cross-validate a pipeline that standardises the features and then fits a logistic \
# regression on `X`, `y`, with 5 folds and both accuracy and ROC AUC as scores, running the folds \
# in parallel on all CPU cores. Store scikit-learn's cross-validation result dictionary in \
# `cv_results`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     "len(cv_results['test_accuracy']) == 5 and len(cv_results['test_roc_auc']) == 5",
#     "np.all((cv_results['test_accuracy'] >= 0) & (cv_results['test_accuracy'] <= 1))",
#     "np.all((cv_results['test_roc_auc'] >= 0) & (cv_results['test_roc_auc'] <= 1))",
#     "len(cv_results['fit_time']) == 5 and np.all(cv_results['fit_time'] >= 0)",
# ]
# difficulty = 'intermediate'
# tags = ['parallelism', 'cross-validation', 'pipeline']
# # seconds: a process pool starts its workers afresh in every run, each importing what the task needs
# # (scikit-learn: 10-20 s on a busy two-core machine before the first task runs)
# timeout = 120
# [edge_cases]
# min_size = 40
# why = 'five stratified folds need five samples of every class (the rarer one is 15% at least)'
# ///
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

model = make_pipeline(StandardScaler(), LogisticRegression())
# each fold is fitted in its own worker process; the scores do not depend on how many
cv_results = cross_validate(model, X, y, cv=5, scoring=["accuracy", "roc_auc"], n_jobs=-1)
