# /// example
# task = """
# Fit a `RandomForestClassifier` (50 trees) on a stratified 70% split of the multi-class data \
# `X`, `y` and plot the row-normalized test confusion matrix with \
# `ConfusionMatrixDisplay.from_predictions` on `ax` (blue colormap, two decimals); store the \
# display in `display` and finish by setting the title "Normalized confusion matrix". Keep the \
# split parts as `X_train`, `X_test`, `y_train`, `y_test` and the test predictions as `y_pred`."""
# prompt = """
# Fit a random forest with 50 trees on a stratified 70/30 split of my multi-class data `X`, `y` \
# (`X_train`, `X_test`, `y_train`, `y_test`), predict the test set into `y_pred`, and plot the \
# confusion matrix normalised over the true-class rows on `ax` using scikit-learn's \
# confusion-matrix display built from the predictions (blue colormap, two decimals). Keep the \
# display object in `display` and set the title "Normalized confusion matrix" at the end."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'matplotlib']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     'display.confusion_matrix.shape == (len(np.union1d(y_test, y_pred)),) * 2',
#     'np.allclose(display.confusion_matrix.sum(axis=1)[np.isin(np.union1d(y_test, y_pred), y_test)], 1)',
#     # the image drawn on ax is the normalized matrix
#     'figure_summary().axes[0].n_images == 1 and np.allclose(ax.images[0].get_array(), display.confusion_matrix)',
#     "figure_summary().axes[0].title == 'Normalized confusion matrix'",
#     # rows are the true classes of the test part, each divided by its size
#     "np.allclose(display.confusion_matrix, sklearn.metrics.confusion_matrix(y_test, y_pred, normalize='true'))",
#     # every cell written with two decimals, on a colormap that ends in blue
#     'sorted(figure_summary().axes[0].texts) == sorted(f"{v:.2f}" for v in display.confusion_matrix.ravel()) and (lambda c: c[2] > max(c[0], c[1]))(ax.images[0].get_cmap()(1.0))',
#     # a stratified 70/30 split: each class keeps its share of `y` in the test part, to within one sample
#     'len(X_train) + len(X_test) == len(X) and len(y_test) == len(X_test) and abs(len(y_train) - 0.7 * len(y)) <= 1',
#     'all(abs(np.sum(y_test == c) - np.mean(y == c) * len(y_test)) <= 1 for c in np.unique(y))',
# ]
# difficulty = 'intermediate'
# tags = ['model-evaluation', 'classification', 'ensemble']
# [edge_cases]
# min_size = 27
# why = 'a stratified split needs two samples of every class: the rarest class of an imbalanced three-class draw has two from 27 samples'
# ///
import matplotlib.pyplot as plt
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import ConfusionMatrixDisplay
from sklearn.model_selection import train_test_split

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
model = RandomForestClassifier(n_estimators=50, random_state=0).fit(X_train, y_train)

fig, ax = plt.subplots()
# normalize="true" divides each row by its class size: the diagonal is per-class recall
y_pred = model.predict(X_test)
display = ConfusionMatrixDisplay.from_predictions(
    y_test, y_pred, normalize="true", cmap="Blues", values_format=".2f", ax=ax
)
ax.set_title("Normalized confusion matrix")
