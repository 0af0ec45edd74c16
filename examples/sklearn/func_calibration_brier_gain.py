# /// example
# task = '''
# Write a function `brier_before_after` with the signature and docstring below. Split the
# features `X` and labels `y` with `train_test_split(X, y, test_size=0.3, stratify=y,
# random_state=0)` into `X_train, X_test, y_train, y_test`, apply the function to `GaussianNB()`
# with the defaults and store the dict in `brier`.
#
# ```python
# def brier_before_after(estimator, X_train, y_train, X_test, y_test, method="sigmoid", cv=3):
#     """Brier score on the test set of a binary classifier before and after
#     probability calibration.
#
#     "raw": a clone of `estimator` fitted on the training data;
#     "calibrated": CalibratedClassifierCV(clone of estimator, method=method,
#     cv=cv) fitted on the training data. Both are scored with the predicted
#     probability of the positive class (the larger label). Returns
#     {"raw": float, "calibrated": float}; `estimator` itself stays unfitted.
#     """
# ```'''
# prompt = """
# Naive Bayes probabilities are usually over-confident, and I'd like to measure how much \
# calibration helps. Write `brier_before_after(estimator, X_train, y_train, X_test, y_test, \
# method="sigmoid", cv=3)` that fits a clone of the model as is and a clone wrapped in \
# `CalibratedClassifierCV(method=method, cv=cv)` on the training data, and returns the test Brier \
# scores of the positive-class probabilities as `{"raw": ..., "calibrated": ...}` without fitting \
# the estimator passed in. Split my `X`, `y` with `test_size=0.3`, stratified, `random_state=0` \
# into `X_train, X_test, y_train, y_test`, and run it for `GaussianNB()` into `brier`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     '(lambda Z, t: (lambda r: np.isclose(r["raw"], sklearn.metrics.brier_score_loss(t[40:], sklearn.linear_model.LogisticRegression().fit(Z[:40], t[:40]).predict_proba(Z[40:])[:, 1])) and np.isclose(r["calibrated"], sklearn.metrics.brier_score_loss(t[40:], sklearn.calibration.CalibratedClassifierCV(sklearn.linear_model.LogisticRegression(), method="isotonic", cv=4).fit(Z[:40], t[:40]).predict_proba(Z[40:])[:, 1])))(brier_before_after(sklearn.linear_model.LogisticRegression(), Z[:40], t[:40], Z[40:], t[40:], method="isotonic", cv=4)))(np.random.default_rng(0).normal(size=(70, 3)), (np.random.default_rng(0).normal(size=(70, 3))[:, 0] + np.random.default_rng(1).normal(size=70) > 0).astype(int))',
#     # string labels: the positive class is the larger one, "yes"
#     '(lambda Z, t: np.isclose(brier_before_after(sklearn.naive_bayes.GaussianNB(), Z[:30], t[:30], Z[30:], t[30:])["raw"], np.mean((sklearn.naive_bayes.GaussianNB().fit(Z[:30], t[:30]).predict_proba(Z[30:])[:, 1] - (t[30:] == "yes")) ** 2)))(np.arange(100.0).reshape(50, 2) % 13, np.where(np.arange(50) % 3 == 0, "yes", "no"))',
#     '(lambda m: brier_before_after(m, X_train, y_train, X_test, y_test) and not hasattr(m, "classes_"))(sklearn.naive_bayes.GaussianNB())',
#     'sorted(brier) == ["calibrated", "raw"] and all(isinstance(v, float) and 0 <= v <= 1 for v in brier.values())',
#     'all(np.array_equal(u, v) for u, v in zip((X_train, X_test, y_train, y_test), sklearn.model_selection.train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)))',
#     'np.isclose(brier["raw"], sklearn.metrics.brier_score_loss(y_test, sklearn.naive_bayes.GaussianNB().fit(X_train, y_train).predict_proba(X_test)[:, 1])) and np.isclose(brier["calibrated"], sklearn.metrics.brier_score_loss(y_test, sklearn.calibration.CalibratedClassifierCV(sklearn.naive_bayes.GaussianNB(), method="sigmoid", cv=3).fit(X_train, y_train).predict_proba(X_test)[:, 1]))',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'classifier-scores', 'model-evaluation', 'classification']
# edge_cases = { min_size = 60, why = "3-fold calibration needs 3 samples of the rarest class (15% of the rows) in the 70% training part" }
# ///
from sklearn.base import clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.metrics import brier_score_loss
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import GaussianNB


def brier_before_after(estimator, X_train, y_train, X_test, y_test, method="sigmoid", cv=3):
    """Brier score on the test set of a binary classifier before and after
    probability calibration.

    "raw": a clone of `estimator` fitted on the training data;
    "calibrated": CalibratedClassifierCV(clone of estimator, method=method,
    cv=cv) fitted on the training data. Both are scored with the predicted
    probability of the positive class (the larger label). Returns
    {"raw": float, "calibrated": float}; `estimator` itself stays unfitted.
    """
    raw = clone(estimator).fit(X_train, y_train)
    calibrated = CalibratedClassifierCV(clone(estimator), method=method, cv=cv).fit(
        X_train, y_train
    )
    scores = {}
    for name, model in (("raw", raw), ("calibrated", calibrated)):
        # classes_ is sorted, so column 1 is the larger label
        positive = model.predict_proba(X_test)[:, 1]
        scores[name] = float(brier_score_loss(y_test == model.classes_[1], positive))
    return scores


X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
brier = brier_before_after(GaussianNB(), X_train, y_train, X_test, y_test)
