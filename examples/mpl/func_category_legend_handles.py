# /// example
# task = '''
# Write a function `category_legend` with the signature and docstring below. Then scatter the
# points `X` (n x 2) on the Axes `ax` of the figure `fig`, each point coloured by its cluster in
# `labels` with the colours {0: "tab:blue", 1: "tab:orange", 2: "tab:green"} passed as one list
# of colours to a single `scatter` call, and add the legend with
# `category_legend(ax, {"cluster 0": "tab:blue", "cluster 1": "tab:orange", "cluster 2": "tab:green"}, title="cluster", marker="o")`.
# Label the axes and add a title.
#
# ```python
# def category_legend(ax, colors, title=None, marker=None):
#     """Add a legend to `ax` with one entry per item of the dict `colors`
#     (label -> colour), in the dict's order, and return the Legend.
#
#     Each entry is a filled square patch of that colour, or, when `marker`
#     is given, that marker in that colour with no connecting line. The
#     legend's title is `title` (none when None). Works when nothing on
#     `ax` carries a label.
#     """
# ```'''
# prompt = """
# When I colour points by a list of colours there's no legend to go with it, so please write \
# `category_legend(ax, colors, title=None, marker=None)`: build a legend on `ax` from the dict \
# `colors` (label -> colour, in order). A filled colour square per entry, or the given \
# `marker` in that colour without a line when `marker` is set; titled `title` if given (none \
# otherwise); return it. Then scatter my points `X` coloured by cluster `labels` using the colours \
# {0: "tab:blue", 1: "tab:orange", 2: "tab:green"} in one `scatter` call on `ax` in `fig`, and call \
# `category_legend(ax, {"cluster 0": "tab:blue", "cluster 1": "tab:orange", "cluster 2": "tab:green"}, \
# title="cluster", marker="o")`, with axis labels and a title."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { X = 'blobs.X', labels = 'blobs.labels' }
# checks = [
#     # patches by default: filled squares in the given colours, in dict order, no title
#     '(lambda ax: (lambda lg: lg is ax.get_legend() and [t.get_text() for t in lg.get_texts()] == ["wet", "dry", "mixed"] and all(isinstance(h, matplotlib.patches.Patch) for h in lg.legend_handles) and [matplotlib.colors.to_hex(h.get_facecolor()) for h in lg.legend_handles] == ["#0000ff", "#ff0000", "#808080"] and lg.get_title().get_text() == "")(category_legend(ax, {"wet": "blue", "dry": "red", "mixed": "grey"})))(matplotlib.pyplot.subplots()[1])',
#     # with a marker: a marker-only line per entry and a title
#     '(lambda ax: (lambda lg: [t.get_text() for t in lg.get_texts()] == ["A", "B"] and all(isinstance(h, matplotlib.lines.Line2D) and h.get_marker() == "^" and h.get_linestyle() in ("None", "none", "") for h in lg.legend_handles) and [matplotlib.colors.to_hex(h.get_markerfacecolor()) for h in lg.legend_handles] == ["#008000", "#000000"] and lg.get_title().get_text() == "group")(category_legend(ax, {"A": "green", "B": "black"}, title="group", marker="^")))(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: [t.get_text() for t in category_legend(ax, {"only": "#123456"}).get_texts()] == ["only"])(matplotlib.pyplot.subplots()[1])',
#     # one scatter call whose point colours follow the labels
#     'np.allclose(figure_summary(fig).axes[0].scatter_xy[0], X) and np.allclose(ax.collections[0].get_facecolors()[:, :3], [matplotlib.colors.to_rgb({0: "tab:blue", 1: "tab:orange", 2: "tab:green"}[k]) for k in labels])',
#     '[t.get_text() for t in ax.get_legend().get_texts()] == ["cluster 0", "cluster 1", "cluster 2"] and ax.get_legend().get_title().get_text() == "cluster"',
#     'ax.get_xlabel() != "" and ax.get_ylabel() != "" and ax.get_title() != ""',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'legend', 'scatter-plot', 'clustering']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
from matplotlib.lines import Line2D
from matplotlib.patches import Patch


def category_legend(ax, colors, title=None, marker=None):
    """Add a legend to `ax` with one entry per item of the dict `colors`
    (label -> colour), in the dict's order, and return the Legend.

    Each entry is a filled square patch of that colour, or, when `marker`
    is given, that marker in that colour with no connecting line. The
    legend's title is `title` (none when None). Works when nothing on
    `ax` carries a label.
    """
    if marker is None:
        handles = [Patch(facecolor=color, label=label) for label, color in colors.items()]
    else:
        # a Line2D with linestyle "none" shows only its marker in the legend
        handles = [
            Line2D(
                [],
                [],
                marker=marker,
                linestyle="none",
                color=color,
                markerfacecolor=color,
                label=label,
            )
            for label, color in colors.items()
        ]
    return ax.legend(handles=handles, title=title)


cluster_colors = {0: "tab:blue", 1: "tab:orange", 2: "tab:green"}
fig, ax = plt.subplots()
ax.scatter(X[:, 0], X[:, 1], c=[cluster_colors[k] for k in labels], s=15)
category_legend(
    ax,
    {"cluster 0": "tab:blue", "cluster 1": "tab:orange", "cluster 2": "tab:green"},
    title="cluster",
    marker="o",
)
ax.set(xlabel="feature 1", ylabel="feature 2", title="Clusters")
