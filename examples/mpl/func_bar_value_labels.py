# /// example
# task = '''
# Write a function `plot_labelled_bars` with the signature and docstring below, then draw the
# total sales of each store in `store_sales` (the sum of its monthly columns, one bar per
# `store`) with it, labels formatted as "{:,.0f}"; keep the figure in `fig` and label the y axis.
#
# ```python
# def plot_labelled_bars(labels, values, ax, fmt="{:.1f}"):
#     """Draw one vertical bar per value on `ax`, in the given order, with the
#     category `labels` on the x axis, write each bar's value above it (below
#     it for a negative value) formatted with the format string `fmt`, and
#     return the bars' container.
#     """
# ```'''
# prompt = """
# Can you write me `plot_labelled_bars(labels, values, ax, fmt="{:.1f}")`? It should draw one \
# vertical bar per value in order, with the `labels` as x categories, print each bar's value on \
# top of it using the format string `fmt` (e.g. `"{:.1f}"`), and return the bar container. Then \
# use it for the yearly total of every store in my wide `store_sales` table (columns `store` and \
# one sales column per month), formatted as `"{:,.0f}"`, in a figure `fig` with a y-axis label."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     '(lambda a: a.texts == ["3.0", "1.3", "7.5"] and a.xticklabels == ["north", "south", "east"])((lambda ax: (plot_labelled_bars(["north", "south", "east"], [3.0, 1.26, 7.5], ax), axes_summary(ax))[1])(matplotlib.pyplot.subplots()[1]))',
#     '(lambda a: np.allclose(a.bar_heights[0], [-2.0, 4.5, 0.0, 12.25]) and a.texts == ["-2.00", "+4.50", "+0.00", "+12.25"] and a.bar_orientations == ["vertical"])((lambda ax: (plot_labelled_bars(["q1", "q2", "q3", "q4"], np.array([-2.0, 4.5, 0.0, 12.25]), ax, fmt="{:+.2f}"), axes_summary(ax))[1])(matplotlib.pyplot.subplots()[1]))',
#     # each label sits above its bar, below it for a negative value (display coordinates, 1 pixel slack)
#     '(lambda ax: (plot_labelled_bars(["a", "b", "c"], [-3.0, 5.0, 0.0], ax), ax.figure.canvas.draw(), all(t.get_window_extent().y1 <= p.get_window_extent().y0 + 1 if p.get_height() < 0 else t.get_window_extent().y0 >= p.get_window_extent().y1 - 1 for t, p in zip(ax.texts, ax.patches, strict=True)))[-1])(matplotlib.pyplot.subplots(figsize=(3, 3))[1])',
#     # the function returns the container it drew
#     '(lambda ax: len(plot_labelled_bars(["only"], [42.0], ax, fmt="{:.0f}")) == 1 and ax.texts[0].get_text() == "42" and np.isclose(ax.patches[0].get_height(), 42.0))(matplotlib.pyplot.subplots()[1])',
#     'np.allclose(figure_summary(fig).axes[0].bar_heights[0], store_sales.select_dtypes("number").sum(axis=1).to_numpy())',
#     'figure_summary(fig).axes[0].texts == [f"{total:,.0f}" for total in store_sales.select_dtypes("number").sum(axis=1)]',
#     'figure_summary(fig).axes[0].ylabel != ""',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'bar-chart', 'annotation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt


def plot_labelled_bars(labels, values, ax, fmt="{:.1f}"):
    """Draw one vertical bar per value on `ax`, in the given order, with the
    category `labels` on the x axis, write each bar's value above it (below
    it for a negative value) formatted with the format string `fmt`, and
    return the bars' container.
    """
    bars = ax.bar(labels, values)
    # bar_label puts the text at the bar's outer end, which is below a negative bar
    ax.bar_label(bars, fmt=fmt, padding=2)
    return bars


# only the monthly sales columns are numeric
totals = store_sales.select_dtypes("number").sum(axis=1)
fig, ax = plt.subplots(figsize=(8, 4))
plot_labelled_bars(store_sales["store"], totals, ax, fmt="{:,.0f}")
ax.set(xlabel="store", ylabel="yearly sales", title="Total sales per store")
