# /// example
# task = '''
# Write a function `plot_clusters` with the signature and docstring below, then draw the points
# `X` coloured by `labels`, with the cluster `centers` marked, using it; keep the figure in `fig`,
# label the axes and add a title.
#
# ```python
# def plot_clusters(X, labels, ax, centers=None):
#     """Scatter the rows of the (n, 2) array `X` on `ax` with seaborn
#     `scatterplot`, one colour per cluster label in `labels` (a legend
#     titled "cluster" lists the labels), and return `ax`.
#
#     If `centers` (a (k, 2) array) is given, mark every centre with a black
#     "X" marker in a second scatter drawn after the points.
#     """
# ```'''
# prompt = """
# I'd like a helper for clustering results: `plot_clusters(X, labels, ax, centers=None)` scatters \
# the rows of the (n, 2) array `X` with seaborn's `scatterplot`, colouring each point by its \
# cluster label (legend titled "cluster"), and returns `ax`; when `centers` ((k, 2)) is given it \
# marks each centre with a black "X" marker in a second scatter on top. Use it on my points `X` \
# with their `labels` and `centers`, in a figure `fig` with axis labels and a title."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas', 'numpy']
# inputs = { X = 'blobs.X', labels = 'blobs.labels', centers = 'blobs.centers' }
# checks = [
#     # points with the same label share a colour, different labels get different colours
#     '(lambda ax: (plot_clusters(np.array([[0.0, 0.0], [1.0, 1.0], [5.0, 5.0], [6.0, 5.0]]), np.array([0, 0, 1, 1]), ax), (lambda s, colors: np.allclose(s.scatter_xy[0], [[0, 0], [1, 1], [5, 5], [6, 5]]) and len(s.scatter_xy) == 1 and np.allclose(colors[0], colors[1]) and np.allclose(colors[2], colors[3]) and not np.allclose(colors[0], colors[2]) and sorted(s.legend_labels) == ["0", "1"] and ax.get_legend().get_title().get_text() == "cluster")(axes_summary(ax), ax.collections[0].get_facecolors()))[1])(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: (plot_clusters(np.array([[1.0, 2.0], [3.0, 1.0], [2.0, 2.0]]), np.array([2, 0, 1]), ax, centers=np.array([[0.5, 0.5], [2.5, 1.5]])), (lambda s: np.allclose(s.scatter_xy[1], [[0.5, 0.5], [2.5, 1.5]]) and np.allclose(ax.collections[1].get_facecolors()[:, :3], 0.0) and len({tuple(c) for c in np.round(ax.collections[0].get_facecolors(), 6)}) == 3)(axes_summary(ax)))[1])(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: plot_clusters(np.array([[0.0, 1.0], [2.0, 3.0]]), np.array([7, 7]), ax) is ax and axes_summary(ax).legend_labels == ["7"] and np.allclose(axes_summary(ax).scatter_xy[0], [[0, 1], [2, 3]]))(matplotlib.pyplot.subplots()[1])',
#     'np.allclose(figure_summary(fig).axes[0].scatter_xy[0], X) and np.allclose(figure_summary(fig).axes[0].scatter_xy[1], centers)',
#     # the centres are drawn with the filled "X" marker (not the thin "x"), in black
#     '(lambda m: np.allclose(fig.axes[0].collections[1].get_paths()[0].vertices, m.get_path().transformed(m.get_transform()).vertices) and np.allclose(fig.axes[0].collections[1].get_facecolors()[:, :3], 0.0))(matplotlib.markers.MarkerStyle("X"))',
#     # one colour per cluster
#     'len({tuple(c) for c in np.round(fig.axes[0].collections[0].get_facecolors(), 6)}) == len(np.unique(labels)) and all(len({tuple(c) for c in np.round(fig.axes[0].collections[0].get_facecolors()[labels == k], 6)}) == 1 for k in np.unique(labels))',
#     'sorted(figure_summary(fig).axes[0].legend_labels) == sorted(str(k) for k in np.unique(labels)) and figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'scatter-plot', 'semantic-mapping', 'clustering']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns


def plot_clusters(X, labels, ax, centers=None):
    """Scatter the rows of the (n, 2) array `X` on `ax` with seaborn
    `scatterplot`, one colour per cluster label in `labels` (a legend
    titled "cluster" lists the labels), and return `ax`.

    If `centers` (a (k, 2) array) is given, mark every centre with a black
    "X" marker in a second scatter drawn after the points.
    """
    # categorical hue: cluster ids are names, so each gets its own colour and legend entry
    sns.scatterplot(x=X[:, 0], y=X[:, 1], hue=pd.Categorical(labels), s=20, ax=ax)
    if centers is not None:
        ax.scatter(centers[:, 0], centers[:, 1], marker="X", s=120, color="black")
    ax.legend(title="cluster")
    return ax


fig, ax = plt.subplots()
plot_clusters(X, labels, ax, centers=centers)
ax.set(xlabel="feature 1", ylabel="feature 2", title="Clusters and their centres")
