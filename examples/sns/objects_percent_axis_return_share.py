# /// example
# task = """
# From the order lines `orders` (`product`, `returned` (bool), ...), draw with the seaborn \
# objects interface on `fig, ax` one bar (`so.Bar`) per `product` at the share of its lines that were \
# returned (the mean of `returned`, `so.Agg`), and format the y tick labels as whole percentages \
# with `so.Continuous().label(like="{x:.0%}")` (0.25 shows as "25%"). Label the axes "product" \
# and "returned"."""
# prompt = """
# Which products in my `orders` table get returned most? Bar chart of the fraction of lines with \
# `returned` True per `product`, y axis ticks shown as whole percents (format `{x:.0%}`, so 0.25 \
# reads "25%"), seaborn.objects with the `so.Bar` mark on `fig, ax`, axis labels "product" and "returned"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { orders = 'orders' }
# checks = [
#     # so.Bar leaves out zero-height bars, so compare the non-zero shares
#     '(lambda heights, shares: np.allclose(sorted(h for h in heights if h != 0), np.sort(shares[shares != 0])) and len(heights) <= len(shares))([p.get_height() for p in ax.patches if isinstance(p, matplotlib.patches.Rectangle)], orders.groupby("product")["returned"].mean().to_numpy())',
#     # every y tick label is its tick value as a whole percentage (Matplotlib may typeset a Unicode minus)
#     'len(ax.get_yticklabels()) > 0 and all(t.get_text().replace("\u2212", "-") == f"{t.get_position()[1]:.0%}" for t in ax.get_yticklabels())',
#     'figure_summary(fig).axes[0].xlabel == "product" and figure_summary(fig).axes[0].ylabel == "returned"',
# ]
# difficulty = 'intermediate'
# tags = ['bar-chart', 'tick-formatting', 'aggregation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

# a float 0/1 column averages to the returned share per product
lines = orders.reset_index(drop=True).assign(returned=orders["returned"].to_numpy(dtype=float))

fig, ax = plt.subplots(figsize=(6, 4))
(
    so.Plot(lines, x="product", y="returned")
    .add(so.Bar(), so.Agg())
    .scale(y=so.Continuous().label(like="{x:.0%}"))
    .label(x="product", y="returned", title="Share of order lines returned")
    .on(ax)
    .plot()
)
