# /// example
# task = """
# Show the joint distribution of the first two columns of the 2-D array `X` as a 20 x 20 \
# two-dimensional histogram with `hist2d` (keep the bin counts in `counts`) and a colorbar \
# labelled "count"; label the axes and add a title. Keep the figure in `fig`."""
# prompt = """
# Show the joint distribution of the first two columns of the 2-D array `X` as a 20 x 20 \
# two-dimensional histogram, keeping the bin counts in `counts`, with a colorbar labelled \
# "count". Label the axes, add a title, and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { X = 'matrix' }
# checks = [
#     'counts.shape == (20, 20)',
#     'counts.sum() == len(X)',
#     'figure_summary(fig).has_colorbar',
#     'np.allclose(counts, np.histogram2d(X[:, 0], X[:, 1], bins=20)[0])',
#     "figure_summary(fig).colorbar_labels == ['count']",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'basic'
# tags = ['histogram', 'bivariate', 'colorbar']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
# counts[i, j] is x bin i and y bin j: rows follow x, the transpose of an image's layout
counts, xedges, yedges, mesh = ax.hist2d(X[:, 0], X[:, 1], bins=20, cmap="magma")
ax.set_xlabel("feature 1")
ax.set_ylabel("feature 2")
ax.set_title("Joint distribution of features 1 and 2")
fig.colorbar(mesh, ax=ax, label="count")
