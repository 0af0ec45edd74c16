# /// example
# task = """
# Scatter the first two features of `X` coloured by class label `y`, one `scatter` call per class \
# with its colour taken from the "tab10" colormap's `colors` and white marker edges, and a legend \
# titled "class" with entries "class 0", "class 1", ...; label the axes and title. Keep the \
# figure in `fig` and its Axes in `ax`."""
# prompt = """
# Scatter the first two features of `X` (feature 0 on x, feature 1 on y) coloured by the class \
# labels in `y`, using one scatter call per class in ascending class order with that class's \
# colour taken from the "tab10" colormap's colour list and white marker edges. The legend should \
# be titled "class" with entries "class 0", "class 1", and so on; label the axes, add a title, \
# and keep the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     'figure_summary(fig).axes[0].n_collections == len(np.unique(y))',
#     "figure_summary(fig).axes[0].legend_labels == [f'class {k}' for k in np.unique(y)]",
#     "ax.get_legend().get_title().get_text() == 'class'",
#     # every class's markers are filled with a tab10 colour and edged in white
#     "all(any(np.allclose(c.get_facecolor()[0][:3], t) for t in matplotlib.colormaps['tab10'].colors) and np.allclose(c.get_edgecolor()[0][:3], 1) for c in ax.collections)",
#     'sum(c.get_offsets().shape[0] for c in ax.collections) == len(y)',
#     # one scatter per class, in the legend's order: feature 0 on x, feature 1 on y
#     'all(np.allclose(xy, X[y == k][:, :2]) for xy, k in zip(figure_summary(fig).axes[0].scatter_xy, np.unique(y), strict=True))',
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != '' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['scatter-plot', 'classification']
# edge_cases = true
# ///
import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np

palette = mpl.colormaps["tab10"].colors

fig, ax = plt.subplots()
for label in np.unique(y):
    members = y == label
    ax.scatter(
        X[members, 0],
        X[members, 1],
        s=18,
        # tab10 has ten colours: the modulo reuses them rather than fail on class 10 and above
        color=palette[label % len(palette)],
        edgecolor="white",
        linewidth=0.4,
        label=f"class {label}",
    )
ax.set_xlabel("feature 1")
ax.set_ylabel("feature 2")
ax.set_title("Samples by class")
ax.legend(title="class")
