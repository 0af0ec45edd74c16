# /// example
# task = """
# From the order lines `orders` (`product`, `returned` (bool), ...), draw with the seaborn \
# objects interface on `fig, ax` one bar (`so.Bar`) per `product` whose height is its number of \
# order lines (`so.Count`), split by colour into returned and kept lines stacked on top of each other \
# (`so.Stack`), so each bar's total height is the product's line count. Label the axes "product" \
# and "order lines"."""
# prompt = """
# Can you show, per `product` in my `orders` table, how many order lines there are, with the \
# `returned` and not-returned lines stacked in different colours (so the full bar is the total \
# count)? seaborn.objects with the `so.Bar` mark on `fig, ax`, axis labels "product" and "order lines"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { orders = 'orders' }
# checks = [
#     # bars sharing an x position are the segments of one product's stack
#     '(lambda tops, sums: np.allclose(sorted(tops.values()), np.sort(orders["product"].value_counts().to_numpy(dtype=float))) and np.allclose(sorted(sums.values()), np.sort(orders["product"].value_counts().to_numpy(dtype=float))))(*(lambda rects: ({x: max(r.get_y() + r.get_height() for r in rects if round(r.get_x() + r.get_width() / 2, 6) == x) for x in {round(r.get_x() + r.get_width() / 2, 6) for r in rects}}, {x: sum(r.get_height() for r in rects if round(r.get_x() + r.get_width() / 2, 6) == x) for x in {round(r.get_x() + r.get_width() / 2, 6) for r in rects}}))([p for p in ax.patches if isinstance(p, matplotlib.patches.Rectangle)]))',
#     # one bar segment per (product, returned) combination present in the data
#     'len([p for p in ax.patches if isinstance(p, matplotlib.patches.Rectangle)]) == len(orders.groupby(["product", "returned"]))',
#     'figure_summary(fig).axes[0].xlabel == "product" and figure_summary(fig).axes[0].ylabel == "order lines"',
# ]
# difficulty = 'basic'
# tags = ['bar-chart', 'counting', 'semantic-mapping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

fig, ax = plt.subplots(figsize=(6, 4))
(
    so.Plot(orders.reset_index(drop=True), x="product", color="returned")
    # Count needs no y; Stack puts the returned lines on top of the kept ones
    .add(so.Bar(), so.Count(), so.Stack())
    .label(x="product", y="order lines", title="Order lines per product")
    .on(ax)
    .plot()
)
