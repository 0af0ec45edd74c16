# /// example
# task = """
# Fit a standardize-then-RBF-`SVC` pipeline on a stratified 70% split of the multi-class data \
# `X`, `y`, predict the test part into `y_pred` and store the per-class and averaged \
# precision/recall/F1 from `classification_report(..., output_dict=True)` in `report`, and the \
# macro-averaged `f1_score` in `macro_f1`. Keep the split parts as `X_train`, `X_test`, \
# `y_train`, `y_test`."""
# prompt = """
# Fit a standardize-then-RBF-SVC pipeline on a stratified 70/30 split of my multi-class data `X`, \
# `y` (`X_train`, `X_test`, `y_train`, `y_test`) and predict the test part into `y_pred`. I want \
# the full per-class and averaged precision/recall/F1 report as a dictionary in `report` (with \
# its "accuracy", "macro avg" and "weighted avg" entries), and the macro-averaged F1 in \
# `macro_f1`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     "all(str(c) in report for c in np.unique(y_test)) and {'accuracy', 'macro avg', 'weighted avg'} <= set(report)",
#     "np.isclose(report['accuracy'], np.mean(y_pred == y_test))",
#     "report['macro avg']['support'] == len(y_test)",
#     "np.isclose(macro_f1, report['macro avg']['f1-score'])",
#     "np.isclose(report['macro avg']['recall'], np.mean([np.mean(y_pred[y_test == c] == c) for c in np.unique(y_test)]))",
#     # recall weighted by class support is the accuracy
#     "np.isclose(report['weighted avg']['recall'], report['accuracy'])",
#     # a stratified 70/30 split: each class keeps its share of `y` in the test part, to within one sample
#     'len(X_train) + len(X_test) == len(X) and len(y_test) == len(X_test) and abs(len(y_train) - 0.7 * len(y)) <= 1',
#     'all(abs(np.sum(y_test == c) - np.mean(y == c) * len(y_test)) <= 1 for c in np.unique(y))',
# ]
# difficulty = 'basic'
# tags = ['model-evaluation', 'classification']
# [edge_cases]
# min_size = 27
# why = 'a stratified split needs two samples of every class: the rarest class of an imbalanced three-class draw has two from 27 samples'
# ///
from sklearn.metrics import classification_report, f1_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
model = make_pipeline(StandardScaler(), SVC()).fit(X_train, y_train)
y_pred = model.predict(X_test)
# a nested dict: one entry per class label (as a string) plus "accuracy" and the averages
report = classification_report(y_test, y_pred, output_dict=True)
# the unweighted mean of the per-class F1 scores
macro_f1 = f1_score(y_test, y_pred, average="macro")
