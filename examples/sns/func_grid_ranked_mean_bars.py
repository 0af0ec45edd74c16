# /// example
# task = '''
# Write a function `ranked_mean_bars` with the signature and docstring below using seaborn's
# figure-level `catplot`, then apply it to the order lines `orders` (`quantity` per `product`,
# one panel per `returned` value) and keep the returned grid in `g`.
#
# ```python
# def ranked_mean_bars(df, x, y, col=None):
#     """Bar chart of the mean of column `y` per category of column `x`, with
#     no error bars, the categories ordered by their overall mean of `y` over
#     the whole table, highest first, and that same order in every panel; one
#     panel per level of column `col` when it is given. Returns the grid.
#     """
# ```'''
# prompt = """
# Could you write `ranked_mean_bars(df, x, y, col=None)` with seaborn's `catplot`: bars of the \
# mean of `y` for each category of `x`, no error bars, categories ranked by their overall mean \
# (across the whole table) from highest to lowest, the same order in each panel, and one panel \
# per level of `col` if given; return the grid. Use it for mean `quantity` per `product` of my \
# `orders`, split into panels by `returned`, and keep the grid as `g`."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'pandas', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     # one panel: categories by descending mean, heights are the means
#     '(lambda grid: [t.get_text() for t in grid.ax.get_xticklabels()] == ["q", "p", "r"] and np.allclose(np.concatenate(axes_summary(grid.ax).bar_heights), [7.0, 3.0, 1.5]))(ranked_mean_bars(pd.DataFrame({"cat": ["p", "q", "r", "p", "q", "r"], "val": [2.0, 6.0, 1.0, 4.0, 8.0, 2.0]}), "cat", "val"))',
#     # two panels keep the overall ranking even where a panel would rank differently
#     '(lambda grid: all([t.get_text() for t in ax.get_xticklabels()] == ["b", "a"] for ax in grid.axes.flat) and np.allclose(np.concatenate(axes_summary(grid.axes_dict["u"]).bar_heights), [1.0, 3.0]) and np.allclose(np.concatenate(axes_summary(grid.axes_dict["w"]).bar_heights), [20.0, 2.0]))(ranked_mean_bars(pd.DataFrame({"x": ["a", "b", "a", "b"], "y": [3.0, 1.0, 2.0, 20.0], "s": ["u", "u", "w", "w"]}), "x", "y", col="s"))',
#     # integer categories are ranked by mean, not by value
#     '(lambda grid: [t.get_text() for t in grid.ax.get_xticklabels()] == ["3", "1", "2"] and axes_summary(grid.ax).n_lines == 0)(ranked_mean_bars(pd.DataFrame({"x": [1, 2, 3, 1], "y": [5.0, 1.0, 9.0, 5.0]}), "x", "y"))',
#     '(lambda order: all([t.get_text() for t in ax.get_xticklabels()] == order for ax in g.axes.flat))(list(orders.groupby("product")["quantity"].mean().sort_values(ascending=False, kind="stable").index))',
#     # each panel's bars, read by position, are that panel's product means (absent products draw no bar)
#     'all((lambda s, labels, means: len(np.concatenate(s.bar_heights)) == means.size and np.allclose(np.concatenate(s.bar_heights), [means[labels[int(round(c))]] for c in np.concatenate(s.bar_centers)]))(axes_summary(ax), [t.get_text() for t in ax.get_xticklabels()], orders[orders["returned"] == lvl].groupby("product")["quantity"].mean()) for lvl, ax in g.axes_dict.items())',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'bar-chart', 'sorting', 'facets']
# edge_cases = true
# ///
import seaborn as sns


def ranked_mean_bars(df, x, y, col=None):
    """Bar chart of the mean of column `y` per category of column `x`, with
    no error bars, the categories ordered by their overall mean of `y` over
    the whole table, highest first, and that same order in every panel; one
    panel per level of column `col` when it is given. Returns the grid.
    """
    ranking = df.groupby(x)[y].mean().sort_values(ascending=False, kind="stable")
    # a fixed order keeps every panel's bars in the overall ranking
    return sns.catplot(
        data=df,
        x=x,
        y=y,
        col=col,
        kind="bar",
        order=list(ranking.index),
        errorbar=None,
        height=2,
    )


g = ranked_mean_bars(orders, "product", "quantity", col="returned")
