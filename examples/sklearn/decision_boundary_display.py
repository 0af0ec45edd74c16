# /// example
# task = """
# Fit a `KNeighborsClassifier` (15 neighbours) on the first two columns of the multi-class data \
# `X`, `y`, draw its predicted regions on `ax` with `DecisionBoundaryDisplay.from_estimator` \
# (axis labels "feature 0" and "feature 1"), overlay the samples coloured by class, add a title \
# and finish with a legend that has one entry per class. Keep the fitted classifier as `model`."""
# prompt = """
# Fit a 15-nearest-neighbours classifier `model` on the first two columns of my multi-class data \
# `X`, `y`, and draw its predicted decision regions on `ax` with scikit-learn's decision-boundary \
# display, axis labels "feature 0" and "feature 1". Overlay the samples coloured by class, add a \
# title, and finish with a legend that has one entry per class."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'matplotlib']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     "figure_summary().axes[0].xlabel == 'feature 0' and figure_summary().axes[0].ylabel == 'feature 1'",
#     'len(figure_summary().axes[0].legend_labels) == len(np.unique(y))',
#     "figure_summary().axes[0].n_collections >= 2 and figure_summary().axes[0].title != ''",
#     'model.n_neighbors == 15 and model.n_features_in_ == 2',
#     # the samples are drawn at their two feature values
#     'any(len(xy) == len(X) and np.allclose(xy, X[:, :2]) for xy in figure_summary().axes[0].scatter_xy)',
# ]
# difficulty = 'intermediate'
# tags = ['classification', 'model-inspection', 'nearest-neighbors']
# [edge_cases]
# min_size = 15
# why = '15 neighbours need 15 samples'
# ///
import matplotlib.pyplot as plt
from sklearn.inspection import DecisionBoundaryDisplay
from sklearn.neighbors import KNeighborsClassifier

# the display draws a 2-D grid, so the model must be fitted on exactly two features
X2 = X[:, :2]
model = KNeighborsClassifier(n_neighbors=15).fit(X2, y)

fig, ax = plt.subplots()
DecisionBoundaryDisplay.from_estimator(
    model,
    X2,
    response_method="predict",
    alpha=0.3,
    ax=ax,
    xlabel="feature 0",
    ylabel="feature 1",
)
points = ax.scatter(X2[:, 0], X2[:, 1], c=y, edgecolors="k", s=20)
ax.set_title("k-NN decision regions (k = 15)")
# legend_elements builds handles from the colour-mapped c values: no per-class scatter needed
ax.legend(*points.legend_elements(), title="class")
