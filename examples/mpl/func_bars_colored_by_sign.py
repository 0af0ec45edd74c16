# /// example
# task = '''
# Write the function `signed_bars` below, then use it on `fig, ax` to show the month-over-month
# change of the total sales in `store_sales` (sum over stores of each numeric month column,
# then the difference to the previous month, months "2024-02" ... "2024-12" as labels).
#
# ```python
# def signed_bars(ax, labels, values, up="tab:green", down="tab:red"):
#     """Draw one vertical bar per value on `ax`, labelled with `labels`, in the
#     colour `up` for values >= 0 and `down` for negative ones, plus a thin
#     black horizontal line at 0. Return the bar container.
#     """
# ```'''
# prompt = '''
# Please write `signed_bars(ax, labels, values, up="tab:green", down="tab:red")`: vertical bars
# for the values with the given category labels, coloured `up` when the value is zero or more
# and `down` when it is negative, a thin black zero line, returning the bar container. Then
# plot the month-over-month change of total sales from my wide `store_sales` table (sum the
# numeric month columns over stores, difference to the previous month, so "2024-02" to
# "2024-12") with it on `fig, ax`.'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas', 'numpy']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     '(lambda ax: (lambda bars: len(bars) == 4 and [matplotlib.colors.to_hex(p.get_facecolor()) for p in bars] == [matplotlib.colors.to_hex(c) for c in ["tab:green", "tab:red", "tab:green", "tab:red"]] and np.allclose([p.get_height() for p in bars], [3.0, -1.5, 0.0, -0.1]))(signed_bars(ax, ["a", "b", "c", "d"], [3.0, -1.5, 0.0, -0.1])))(matplotlib.pyplot.subplots()[1])',
#     # custom colours, and the zero line
#     '(lambda ax: (lambda bars: [matplotlib.colors.to_hex(p.get_facecolor()) for p in bars] == ["#0000ff", "#ffa500", "#0000ff"] and any(np.allclose(ln.get_xydata()[:, 1], 0) and matplotlib.colors.to_hex(ln.get_color()) == "#000000" for ln in ax.lines) and axes_summary(ax).xticklabels == ["x", "y", "z"])(signed_bars(ax, ["x", "y", "z"], np.array([2, -7, 5]), up="blue", down="orange")))(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: len(signed_bars(ax, [], [])) == 0)(matplotlib.pyplot.subplots()[1])',
#     'np.allclose(figure_summary(fig).axes[0].bar_heights[0], store_sales.select_dtypes("number").sum().diff().iloc[1:].to_numpy())',
#     'figure_summary(fig).axes[0].xticklabels == list(store_sales.select_dtypes("number").columns[1:])',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'bar-chart', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np


def signed_bars(ax, labels, values, up="tab:green", down="tab:red"):
    """Draw one vertical bar per value on `ax`, labelled with `labels`, in the
    colour `up` for values >= 0 and `down` for negative ones, plus a thin
    black horizontal line at 0. Return the bar container.
    """
    values = np.asarray(values, dtype=float)
    colors = np.where(values >= 0, up, down)
    bars = ax.bar(labels, values, color=list(colors))
    ax.axhline(0, color="black", linewidth=0.8)
    return bars


monthly_total = store_sales.select_dtypes("number").sum()
# diff() leaves NaN for the first month, which has no previous month
change = monthly_total.diff().iloc[1:]
fig, ax = plt.subplots(figsize=(6, 3.5))
signed_bars(ax, list(change.index), change.to_numpy())
for tick_label in ax.get_xticklabels():
    tick_label.set_rotation(45)
ax.set(ylabel="change in total sales", title="Month-over-month change")
