# /// example
# task = '''
# Write the tick formatter function `compact` below and use it through `FuncFormatter` on the
# y axis of a vertical bar chart of the yearly total sales of each store in `store_sales` (the sum of
# its numeric month columns, one bar per `store`) on `fig, ax`.
#
# ```python
# def compact(value, pos=None):
#     """Format a number for a tick label: below 1000 in absolute value as a
#     whole number ("950", "0", "-20"); otherwise scaled to k (thousands),
#     M (millions) or G (billions) with one decimal and a trailing ".0"
#     dropped ("1.2k", "15k", "-2.5M", "3G"). `pos` is ignored.
#     """
# ```'''
# prompt = '''
# My sales axis shows long numbers. Write `compact(value, pos=None)` for FuncFormatter: values
# under 1000 (in absolute value) as whole numbers like "950" or "-20", bigger ones with k, M or
# G and one decimal, dropping a ".0" ("1.2k", "15k", "-2.5M", "3G"). Then draw vertical bars of each store's
# yearly total from `store_sales` (sum of the numeric month columns, bars per `store`) on
# `fig, ax` with that formatter on y.'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     '[compact(v) for v in [0, 950, -20, 999.4]] == ["0", "950", "-20", "999"]',
#     '[compact(v, 3) for v in [1200, 15000, 1000, -2_500_000, 3e9, 45_600_000]] == ["1.2k", "15k", "1k", "-2.5M", "3G", "45.6M"]',
#     'figure_summary(fig).axes[0].bar_orientations == ["vertical"] and np.allclose(figure_summary(fig).axes[0].bar_heights[0], store_sales.select_dtypes("number").sum(axis=1).to_numpy())',
#     # every y tick label is compact() of its tick value
#     '(fig.canvas.draw(), all(t.get_text() == compact(t.get_position()[1]) for t in ax.get_yticklabels()) and len(ax.get_yticklabels()) > 0)[-1]',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'tick-formatting', 'bar-chart']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
from matplotlib.ticker import FuncFormatter


def compact(value, pos=None):
    """Format a number for a tick label: below 1000 in absolute value as a
    whole number ("950", "0", "-20"); otherwise scaled to k (thousands),
    M (millions) or G (billions) with one decimal and a trailing ".0"
    dropped ("1.2k", "15k", "-2.5M", "3G"). `pos` is ignored.
    """
    for scale, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= scale:
            text = f"{value / scale:.1f}".removesuffix(".0")
            return f"{text}{suffix}"
    return f"{value:.0f}"


totals = store_sales.select_dtypes("number").sum(axis=1)
fig, ax = plt.subplots(figsize=(6, 3.5))
ax.bar(store_sales["store"], totals)
# FuncFormatter calls compact(value, pos) for every tick
ax.yaxis.set_major_formatter(FuncFormatter(compact))
for tick_label in ax.get_xticklabels():
    tick_label.set_rotation(90)
ax.set(xlabel="store", ylabel="yearly sales", title="Sales per store")
