# /// example
# task = '''
# Write a function `plot_shares` with the signature and docstring below, then show the share of
# order lines per `product` in `orders` with it and store the returned shares in `shares`; keep
# the figure in `fig`, label the y axis and add a title.
#
# ```python
# def plot_shares(labels, ax):
#     """Draw the share of each distinct value of the Series `labels` as a
#     vertical bar on `ax`, largest share first, one bar per value with the
#     value as its x tick label, and return the shares as a Series indexed by
#     value.
#
#     Missing labels are left out before counting. Bar heights are fractions
#     that sum to 1; the y tick labels show them as percentages ("25%").
#     """
# ```'''
# prompt = """
# Please write `plot_shares(labels, ax)`: given a Series of category labels it counts each distinct \
# value (ignoring missing ones), converts the counts to fractions of the total, and draws one \
# vertical bar per value on `ax`, biggest share first, with the value as the x tick label. The \
# bar heights stay fractions summing to 1, but the y tick labels must read as percentages like \
# `"25%"`. It returns the shares as a Series indexed by value. Then apply it to the `product` \
# column of my `orders` table, keep the result as `shares` and the figure as `fig`, with a y-axis \
# label and a title."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { orders = 'orders' }
# checks = [
#     # bars read back by their tick labels, so any order among tied shares passes
#     '(lambda ax: (lambda res, s: np.allclose(s.bar_heights[0], [0.5, 1 / 3, 1 / 6]) and s.xticklabels == ["a", "b", "c"] and list(res.sort_index().index) == ["a", "b", "c"] and np.allclose(res.sort_index().to_numpy(dtype=float), [0.5, 1 / 3, 1 / 6]))(plot_shares(pd.Series(["a", "b", "a", "c", "a", "b"]), ax), axes_summary(ax)))(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: (plot_shares(pd.Series(["x", None, "y", "x", None, "y"], dtype="string"), ax), (lambda s: dict(zip(s.xticklabels, s.bar_heights[0])) == {"x": 0.5, "y": 0.5})(axes_summary(ax)))[1])(matplotlib.pyplot.subplots()[1])',
#     # every y tick label is the tick value as a percentage
#     '(lambda ax: (plot_shares(pd.Series(["only"] * 3), ax), np.allclose(axes_summary(ax).bar_heights[0], [1.0]) and all(label.get_text().endswith("%") and np.isclose(float(label.get_text().rstrip("%")), 100 * tick) for tick, label in zip(ax.get_yticks(), ax.get_yticklabels()) if label.get_text()))[1])(matplotlib.pyplot.subplots()[1])',
#     'np.allclose(shares.sort_index().to_numpy(dtype=float), orders["product"].value_counts(normalize=True).sort_index().to_numpy(dtype=float)) and list(shares.sort_index().index) == sorted(orders["product"].dropna().unique())',
#     '(lambda s: all(np.isclose(h, orders["product"].value_counts(normalize=True)[label]) for label, h in zip(s.xticklabels, s.bar_heights[0])) and np.all(np.diff(s.bar_heights[0]) <= 1e-12) and len(s.bar_heights[0]) == orders["product"].nunique())(figure_summary(fig).axes[0])',
#     'all(t.endswith("%") for t in figure_summary(fig).axes[0].yticklabels if t) and figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'bar-chart', 'tick-formatting', 'counting']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
from matplotlib.ticker import PercentFormatter


def plot_shares(labels, ax):
    """Draw the share of each distinct value of the Series `labels` as a
    vertical bar on `ax`, largest share first, one bar per value with the
    value as its x tick label, and return the shares as a Series indexed by
    value.

    Missing labels are left out before counting. Bar heights are fractions
    that sum to 1; the y tick labels show them as percentages ("25%").
    """
    shares = labels.value_counts(normalize=True, sort=True)
    ax.bar(shares.index.astype(str), shares.to_numpy())
    # xmax=1 reads 1.0 as 100%: the data stay fractions, only the labels change
    ax.yaxis.set_major_formatter(PercentFormatter(xmax=1))
    return shares


fig, ax = plt.subplots(figsize=(7, 4))
shares = plot_shares(orders["product"], ax)
ax.set(ylabel="share of order lines", title="Share of order lines by product")
