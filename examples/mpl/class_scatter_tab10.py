# /// example
# task = """
# Scatter the first two features of `X` coloured by class label `y`, one `scatter` call per class \
# with its colour taken from the "tab10" colormap's `colors` and white marker edges, and a legend \
# titled "class" with entries "class 0", "class 1", ...; label the axes and title. Keep the \
# figure in `fig` and its Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     'figure_summary(fig).axes[0].n_collections == len(np.unique(y))',
#     "figure_summary(fig).axes[0].legend_labels == [f'class {k}' for k in np.unique(y)]",
#     'sum(c.get_offsets().shape[0] for c in ax.collections) == len(y)',
# ]
# difficulty = 'intermediate'
# tags = ['scatter', 'classification', 'custom-plotting']
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
        color=palette[label % len(palette)],
        edgecolor="white",
        linewidth=0.4,
        label=f"class {label}",
    )
ax.set_xlabel("feature 1")
ax.set_ylabel("feature 2")
ax.set_title("Samples by class")
ax.legend(title="class")
