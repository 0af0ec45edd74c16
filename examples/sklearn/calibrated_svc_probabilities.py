# /// example
# task = """
# Get calibrated class probabilities from an RBF `SVC` (which has no `predict_proba` of its own) \
# by wrapping a standardize-then-SVC pipeline in `CalibratedClassifierCV` (sigmoid method, 3 \
# folds, `ensemble=False`), fitted on a stratified 70% split of the binary data `X`, `y`; store \
# the test probabilities of the positive class in `proba`, their Brier score in `brier` and the \
# reliability-curve points from `calibration_curve` (5 bins) in `prob_true`, `prob_pred`. Keep \
# the split parts as `X_train`, `X_test`, `y_train`, `y_test` and the fitted calibrated model as \
# `calibrated`."""
# prompt = """
# An RBF SVC has no probability output of its own, but I need calibrated class probabilities for \
# my binary data `X`, `y`. Split it into a stratified 70/30 train/test split (`X_train`, \
# `X_test`, `y_train`, `y_test`), wrap a standardize-then-SVC pipeline in a sigmoid (Platt) \
# calibrator with 3 folds and a single refitted classifier rather than an ensemble, fit it on the \
# training part and keep it as `calibrated`. Store the test probabilities of the positive class 1 \
# in `proba`, their Brier score in `brier`, and the reliability-curve points with 5 bins in \
# `prob_true`, `prob_pred`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'proba.shape == (len(y_test),) and np.all((proba >= 0) & (proba <= 1))',
#     # the Brier score is the mean squared error of the probability of class 1
#     'np.isclose(brier, np.mean((proba - (y_test == 1)) ** 2))',
#     'len(prob_true) == len(prob_pred) <= 5 and np.all((prob_true >= 0) & (prob_true <= 1))',
#     # one point per non-empty bin of [0, 1], in bin order
#     'np.all(np.diff(prob_pred) > 0) and proba.min() - 1e-12 <= prob_pred.min() and prob_pred.max() <= proba.max() + 1e-12',
#     # a stratified 70/30 split: each class keeps its share of `y` in the test part, to within one sample
#     'len(X_train) + len(X_test) == len(X) and len(y_test) == len(X_test) and abs(len(y_train) - 0.7 * len(y)) <= 1',
#     'all(abs(np.sum(y_test == c) - np.mean(y == c) * len(y_test)) <= 1 for c in np.unique(y))',
#     # the probabilities of class 1 (the column of class 1 in classes_), from 3-fold calibration
#     'np.allclose(proba, calibrated.predict_proba(X_test)[:, list(calibrated.classes_).index(1)])',
#     '(calibrated.cv if isinstance(calibrated.cv, int) else calibrated.cv.get_n_splits()) == 3',
#     # sigmoid calibration with ensemble=False: one SVC refitted on all training data, not one per fold
#     'calibrated.method == "sigmoid" and len(calibrated.calibrated_classifiers_) == 1',
#     '(lambda t, p: np.allclose(prob_true, t) and np.allclose(prob_pred, p))(*sklearn.calibration.calibration_curve(y_test, proba, n_bins=5))',
# ]
# difficulty = 'advanced'
# tags = ['classifier-scores', 'svm']
# [edge_cases]
# min_size = 27
# why = 'the 3-fold stratified calibration needs three samples of every class in the 70% training part: the rare class of an imbalanced draw has them from 27 samples'
# ///
from sklearn.calibration import CalibratedClassifierCV, calibration_curve
from sklearn.metrics import brier_score_loss
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
svc = make_pipeline(StandardScaler(), SVC(kernel="rbf"))
# sigmoid (Platt) calibration fitted on held-out folds; ensemble=False keeps one SVC
calibrated = CalibratedClassifierCV(svc, method="sigmoid", cv=3, ensemble=False)
calibrated.fit(X_train, y_train)
proba = calibrated.predict_proba(X_test)[:, 1]
brier = brier_score_loss(y_test, proba)
prob_true, prob_pred = calibration_curve(y_test, proba, n_bins=5)
