# /// example
# task = """
# Fit a `RandomForestClassifier` (50 trees) and a standardize-then-RBF-`SVC` pipeline on a \
# stratified 70% split of the binary data `X`, `y`, draw both test ROC curves on one `ax` with \
# `RocCurveDisplay.from_estimator` (names "random forest" and "SVC", which the display shows \
# with their AUC in the legend) plus a dashed diagonal labelled "chance", store the areas under \
# the curves in the dict `aucs` and finish with the legend. Keep the split parts as `X_train`, \
# `X_test`, `y_train`, `y_test`."""
# prompt = """
# On a stratified 70/30 split of my binary data `X`, `y` (parts kept as `X_train`, `X_test`, \
# `y_train`, `y_test`), fit a random forest (50 trees) and a standardize-then-RBF-SVC pipeline, \
# and draw both test-set ROC curves on one `ax` with scikit-learn's ROC display, forest first, \
# named "random forest" and "SVC" so their AUCs show in the legend. Add a dashed diagonal \
# labelled "chance" as the last line, store the areas under the curves in a dict `aucs` (in the \
# same order), and finish with the legend."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'matplotlib']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     "set(aucs) == {'random forest', 'SVC'} and all(0 <= a <= 1 for a in aucs.values())",
#     # each stored AUC is the area under its drawn curve (trapezoids), drawn in the order of the dict
#     'all(np.isclose(a, np.sum(np.diff(line.get_xdata()) * (line.get_ydata()[1:] + line.get_ydata()[:-1]) / 2)) for a, line in zip(aucs.values(), ax.lines))',
#     "len(figure_summary().axes[0].legend_labels) == len(aucs) + 1 and figure_summary().axes[0].legend_labels[-1] == 'chance'",
#     "all('AUC' in label for label in figure_summary().axes[0].legend_labels[:2])",
#     'figure_summary().axes[0].n_lines == len(aucs) + 1',
#     # a stratified 70/30 split: each class keeps its share of `y` in the test part, to within one sample
#     'len(X_train) + len(X_test) == len(X) and len(y_test) == len(X_test) and abs(len(y_train) - 0.7 * len(y)) <= 1',
#     'all(abs(np.sum(y_test == c) - np.mean(y == c) * len(y_test)) <= 1 for c in np.unique(y))',
# ]
# difficulty = 'intermediate'
# tags = ['model-evaluation', 'classifier-scores']
# [edge_cases]
# min_size = 14
# why = 'a stratified split needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples'
# ///
import matplotlib.pyplot as plt
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import RocCurveDisplay
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
models = {
    "random forest": RandomForestClassifier(n_estimators=50, random_state=0),
    "SVC": make_pipeline(StandardScaler(), SVC()),
}

fig, ax = plt.subplots()
aucs = {}
for name, model in models.items():
    model.fit(X_train, y_train)
    # uses predict_proba or decision_function, whichever the model has
    display = RocCurveDisplay.from_estimator(model, X_test, y_test, name=name, ax=ax)
    aucs[name] = display.roc_auc
ax.plot([0, 1], [0, 1], linestyle="--", color="gray", label="chance")
ax.set_title("ROC curves on the test set")
ax.legend()
