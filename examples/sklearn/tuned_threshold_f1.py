# /// example
# task = """
# The positive class 1 of `X`, `y` is rare, so the default 0.5 probability cut-off of a \
# logistic regression misses many positives. Wrap a `StandardScaler`-then-`LogisticRegression` \
# pipeline in `TunedThresholdClassifierCV` (`scoring="f1"`, 50 candidate cut-offs, 5 shuffled \
# stratified folds with `random_state=0`) to choose the cut-off that maximises the \
# cross-validated F1 score of class 1; keep the fitted wrapper in \
# `tuned`, the chosen cut-off in `best_threshold` and its cross-validated F1 in `best_f1`."""
# prompt = """
# Class 1 is rare in my data `X`, `y`, and a logistic regression (with standardized features) \
# using the usual 0.5 probability cut-off misses many of them. Let scikit-learn tune the \
# probability cut-off, trying 50 candidates, by 5-fold stratified cross-validation (shuffled, \
# random_state=0) to maximise the F1 score of class 1 (scoring "f1"). Keep the fitted tuned classifier in `tuned`, the chosen cut-off in \
# `best_threshold` and its cross-validated F1 in `best_f1`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_imbalanced.X', y = 'clf_imbalanced.y' }
# requires = { scikit-learn = '>=1.5' }
# checks = [
#     '0 <= best_threshold <= 1 and 0 <= best_f1 <= 1',
#     # the refitted classifier predicts class 1 where its probability reaches the cut-off
#     'np.array_equal(tuned.predict(X), np.where(tuned.estimator_.predict_proba(X)[:, 1] >= best_threshold, 1, 0))',
#     "np.allclose([best_threshold, best_f1], (lambda t: [t.best_threshold_, t.best_score_])(sklearn.model_selection.TunedThresholdClassifierCV(sklearn.pipeline.make_pipeline(sklearn.preprocessing.StandardScaler(), sklearn.linear_model.LogisticRegression()), scoring='f1', thresholds=50, cv=sklearn.model_selection.StratifiedKFold(5, shuffle=True, random_state=0)).fit(X, y)))",
# ]
# difficulty = 'advanced'
# tags = ['classifier-scores', 'imbalanced-classes', 'model-selection', 'classification']
# [edge_cases]
# min_size = 34
# why = '5-fold stratified cross-validation needs five samples of the rare class: an imbalanced draw has five from 34 samples'
# ///
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, TunedThresholdClassifierCV
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

model = make_pipeline(StandardScaler(), LogisticRegression())
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
# scores 50 cut-offs on each validation fold, keeps the one with the best mean F1,
# then refits the pipeline on all of X, y
tuned = TunedThresholdClassifierCV(model, scoring="f1", thresholds=50, cv=cv).fit(X, y)
best_threshold = tuned.best_threshold_
best_f1 = tuned.best_score_
