# /// example
# task = """
# This code should show the total `quantity` sold per `product` from the order lines `orders` \
# as bars on `fig, ax`, but it raises:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots(figsize=(6, 4))
# sns.countplot(orders, x="product", y="quantity", ax=ax)
# ax.set(xlabel="product", ylabel="units sold")
# ```
#
# ```text
# TypeError: Cannot pass values for both `x` and `y`.
# ```
#
# Fix it: one bar per product at the summed `quantity`, no error bars; keep the axis labels \
# "product" and "units sold"."""
# prompt = """
# I want bars of units sold per `product` (the sum of `quantity` over my `orders` lines, no \
# error bars) on `fig, ax`, axis labels "product" and "units sold", but seaborn complains:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots(figsize=(6, 4))
# sns.countplot(orders, x="product", y="quantity", ax=ax)
# ax.set(xlabel="product", ylabel="units sold")
# ```
#
# ```text
# TypeError: Cannot pass values for both `x` and `y`.
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { orders = 'orders' }
# checks = [
#     # each bar, at its tick label's position, is that product's total quantity
#     '(lambda s, totals: len(np.concatenate(s.bar_heights)) == len(totals) and all(np.isclose(h, totals[s.xticklabels[int(round(c))]]) for c, h in zip(np.concatenate(s.bar_centers), np.concatenate(s.bar_heights))))(figure_summary(fig).axes[0], orders.groupby("product")["quantity"].sum())',
#     'figure_summary(fig).axes[0].n_lines == 0 and figure_summary(fig).axes[0].n_errorbars == 0',
#     'figure_summary(fig).axes[0].xlabel == "product" and figure_summary(fig).axes[0].ylabel == "units sold"',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'bar-chart', 'aggregation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
# countplot only counts rows; barplot aggregates a y column with the given estimator
sns.barplot(orders, x="product", y="quantity", estimator="sum", errorbar=None, ax=ax)
ax.set(xlabel="product", ylabel="units sold")
