# /// example
# task = """
# Fit a standardize-then-RBF-`SVC` pipeline on a stratified 70% split of the binary data `X`, `y` \
# and compute the test ROC AUC from its `decision_function` scores (no probability calibration \
# needed for ranking); store the scores in `scores` and the AUC in `auc`. Keep the split parts as \
# `X_train`, `X_test`, `y_train`, `y_test` and the fitted pipeline as `model`."""
# prompt = """
# Fit a standardize-then-RBF-SVC pipeline `model` on a stratified 70/30 split of my binary data \
# `X`, `y` (`X_train`, `X_test`, `y_train`, `y_test`), and compute the test ROC AUC from its raw \
# decision-function scores, since ranking needs no probability calibration; store the scores in \
# `scores` and the AUC in `auc`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'scores.shape == (len(y_test),)',
#     'np.array_equal(model.predict(X_test) == model.classes_[1], scores > 0)',
#     # the AUC is the chance that a positive sample scores above a negative one (ties count half)
#     'np.isclose(auc, np.mean((scores[y_test == model.classes_[1], None] > scores[y_test == model.classes_[0]]) + 0.5 * (scores[y_test == model.classes_[1], None] == scores[y_test == model.classes_[0]])))',
#     # a stratified 70/30 split: each class keeps its share of `y` in the test part, to within one sample
#     'len(X_train) + len(X_test) == len(X) and len(y_test) == len(X_test) and abs(len(y_train) - 0.7 * len(y)) <= 1',
#     'all(abs(np.sum(y_test == c) - np.mean(y == c) * len(y_test)) <= 1 for c in np.unique(y))',
# ]
# difficulty = 'intermediate'
# tags = ['svm', 'model-evaluation', 'classifier-scores', 'classification']
# [edge_cases]
# min_size = 14
# why = 'a stratified split needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples'
# ///
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
model = make_pipeline(StandardScaler(), SVC(kernel="rbf", C=1.0)).fit(X_train, y_train)
# signed distance to the margin: positive means the second class in model.classes_
scores = model.decision_function(X_test)
auc = roc_auc_score(y_test, scores)
