# /// example
# task = """
# This code should draw the total `quantity` sold per `product` from the order lines `orders` as \
# one bar per product with the seaborn objects interface, in the figure `fig`. It runs, but every \
# order line gets its own bar, drawn on top of each other at the product's position, so each bar \
# shows only the largest single line instead of the total:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn.objects as so
#
# fig, ax = plt.subplots()
# (
#     so.Plot(orders, x="product", y="quantity")
#     .add(so.Bar())
#     .label(x="product", y="units sold", title="Units sold per product")
#     .on(ax)
#     .plot()
# )
# ```
#
# Fix it."""
# prompt = """
# My seaborn.objects bar chart of units sold per `product` from `orders` (figure `fig`) looks too \
# small: I want each bar to be the total `quantity` of that product, one bar per product:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn.objects as so
#
# fig, ax = plt.subplots()
# (
#     so.Plot(orders, x="product", y="quantity")
#     .add(so.Bar())
#     .label(x="product", y="units sold", title="Units sold per product")
#     .on(ax)
#     .plot()
# )
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'len(np.concatenate(figure_summary(fig).axes[0].bar_heights)) == orders["product"].nunique()',
#     # read bars left to right against the tick labels: each is that product's total quantity
#     '(lambda a, totals: all(np.isclose(h, totals[label]) for h, label in zip(np.concatenate(a.bar_heights)[np.argsort(np.concatenate(a.bar_centers))], a.xticklabels)))(figure_summary(fig).axes[0], orders.groupby("product")["quantity"].sum())',
#     'figure_summary(fig).axes[0].ylabel == "units sold"',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'bar-chart', 'aggregation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

fig, ax = plt.subplots()
(
    so.Plot(orders, x="product", y="quantity")
    # without a stat, Bar draws one bar per row; Agg("sum") adds up the rows of each product
    .add(so.Bar(), so.Agg("sum"))
    .label(x="product", y="units sold", title="Units sold per product")
    .on(ax)
    .plot()
)
