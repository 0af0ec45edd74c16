# /// example
# task = '''
# Write a function `plot_top_counts` with the signature and docstring below, then plot the 5 most
# ordered products of `orders` (its `product` column) with the title "Top products"; keep the
# Axes it returns in `ax` and its figure in `fig`.
#
# ```python
# def plot_top_counts(values, n=10, ax=None, title=None):
#     """Horizontal bar chart of the n most frequent values of a Series.
#
#     Missing values are ignored. Bars are ordered by count with the most
#     frequent value at the top; ties are ordered by value, the smallest
#     higher up. The x axis is labelled "count" and the y axis with the
#     Series' name; `title` (if given) becomes the Axes title. Draws on `ax`,
#     or on a new figure when ax is None, and returns the Axes.
#     """
# ```'''
# prompt = """
# Please write me `plot_top_counts(values, n=10, ax=None, title=None)`: a horizontal bar chart of \
# the n most frequent values of a Series (missing values ignored), most frequent at the top and \
# ties ordered by value with the smallest higher up, x axis labelled "count", y axis labelled \
# with the Series name, optional title, drawn on the given Axes or a new figure, returning the \
# Axes. Then chart the 5 most common `product` values of my `orders` lines titled "Top products", \
# keeping the Axes in `ax` and the figure in `fig`."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['pandas', 'matplotlib']
# inputs = { orders = 'orders' }
# checks = [
#     'np.allclose(axes_summary(plot_top_counts(pd.Series(list("abbccc")), n=2)).bar_heights[0], [2, 3])',
#     '[label.get_text() for label in plot_top_counts(pd.Series(["x", "y", None, "y", "z", "x"], name="code")).get_yticklabels()] == ["z", "y", "x"]',
#     'plot_top_counts(pd.Series([3, 1, 3, 2], name="size"), title="Sizes").get_ylabel() == "size" and plot_top_counts(pd.Series([3, 1, 3, 2], name="size"), title="Sizes").get_title() == "Sizes"',
#     'fig is ax.figure and ax.get_title() == "Top products" and ax.get_xlabel() == "count" and ax.get_ylabel() == "product"',
#     'np.allclose(figure_summary(fig).axes[0].bar_heights[0], sorted(orders["product"].value_counts().tolist(), reverse=True)[:5][::-1])',
#     '[label.get_text() for label in ax.get_yticklabels()] == [name for name, _ in sorted(orders["product"].value_counts().items(), key=lambda item: (-item[1], item[0]))[:5]][::-1]',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'bar-chart', 'counting', 'sorting']
# edge_cases = true
# ///
import matplotlib.pyplot as plt


def plot_top_counts(values, n=10, ax=None, title=None):
    """Horizontal bar chart of the n most frequent values of a Series.

    Missing values are ignored. Bars are ordered by count with the most
    frequent value at the top; ties are ordered by value, the smallest
    higher up. The x axis is labelled "count" and the y axis with the
    Series' name; `title` (if given) becomes the Axes title. Draws on `ax`,
    or on a new figure when ax is None, and returns the Axes.
    """
    if ax is None:
        _, ax = plt.subplots()
    # sort by value first, then stably by count, so ties stay in value order
    counts = values.value_counts().sort_index().sort_values(ascending=False, kind="stable").head(n)
    # barh draws the first bar at the bottom, so reverse to put the most frequent on top
    counts.iloc[::-1].plot(kind="barh", ax=ax)
    ax.set_xlabel("count")
    ax.set_ylabel(values.name)
    if title is not None:
        ax.set_title(title)
    return ax


ax = plot_top_counts(orders["product"], n=5, title="Top products")
fig = ax.figure
