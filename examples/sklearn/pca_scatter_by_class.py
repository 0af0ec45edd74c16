# /// example
# task = """
# Project the standardized multi-class features `X` onto their first two principal components \
# (`projected`) and draw them on `ax` as one scatter per class of `y`, labelled "class <label>", \
# with axis labels "PC1 (<percent>% variance)" and "PC2 (...)" built from \
# `explained_variance_ratio_`, a title, and a legend."""
# prompt = """
# Project my standardized multi-class features `X` onto their first two principal components \
# (`projected`) and draw them on `ax` as one scatter per class of `y` in sorted label order, each \
# labelled "class <label>", with axis labels "PC1 (<percent>% variance)" and "PC2 (<percent>% \
# variance)" taken from the explained-variance ratios, a title, and a legend."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'matplotlib', 'numpy']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     'projected.shape == (len(X), 2)',
#     "figure_summary().axes[0].legend_labels == [f'class {c}' for c in np.unique(y)]",
#     'figure_summary().axes[0].n_collections == len(np.unique(y))',
#     "figure_summary().axes[0].xlabel.startswith('PC1') and '%' in figure_summary().axes[0].ylabel",
#     # each class's points are drawn at their first two principal-component scores
#     'all(any(len(xy) == np.sum(y == c) and np.allclose(xy, projected[y == c]) for xy in figure_summary().axes[0].scatter_xy) for c in np.unique(y))',
# ]
# difficulty = 'intermediate'
# tags = ['dimensionality-reduction', 'scatter-plot', 'standardization']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
from sklearn.decomposition import PCA
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

# PCA follows variance, so standardizing first stops large-unit features from dominating
pipeline = make_pipeline(StandardScaler(), PCA(n_components=2))
projected = pipeline.fit_transform(X)
ratio = pipeline[-1].explained_variance_ratio_

fig, ax = plt.subplots()
for label in np.unique(y):
    points = projected[y == label]
    ax.scatter(points[:, 0], points[:, 1], s=15, alpha=0.7, label=f"class {label}")
# the ".0%" format multiplies the ratio by 100 and adds the percent sign
ax.set_xlabel(f"PC1 ({ratio[0]:.0%} variance)")
ax.set_ylabel(f"PC2 ({ratio[1]:.0%} variance)")
ax.set_title("Samples in principal-component space")
ax.legend()
