# /// example
# task = """
# This code should draw a bar per month of the total sales over all stores of the wide table \
# `store_sales` (a `store` column, then one column per month "2024-01" ... "2024-12"), with \
# each bar's tick labelled with its month, in the figure `fig` with Axes `ax`, but it raises an \
# error:
#
# ```python
# import matplotlib.pyplot as plt
#
# monthly_total = store_sales.sum(numeric_only=True)
# fig, ax = plt.subplots(figsize=(9, 4))
# ax.bar(range(len(monthly_total)), monthly_total)
# ax.set_xticks(range(len(monthly_total)))
# ax.set_xticklabels(store_sales.columns, rotation=45)
# ax.set(xlabel="month", ylabel="total sales", title="Sales per month, all stores")
# ```
#
# ```text
# ValueError: The number of FixedLocator locations (12), usually from a call to set_ticks, does not match the number of labels (13).
# ```
#
# Fix it."""
# prompt = """
# My `store_sales` table has a `store` column and then one sales column per month ("2024-01" to \
# "2024-12"). I want one bar per month with the total over all stores, each tick labelled with \
# its month, in `fig` / `ax`:
#
# ```python
# import matplotlib.pyplot as plt
#
# monthly_total = store_sales.sum(numeric_only=True)
# fig, ax = plt.subplots(figsize=(9, 4))
# ax.bar(range(len(monthly_total)), monthly_total)
# ax.set_xticks(range(len(monthly_total)))
# ax.set_xticklabels(store_sales.columns, rotation=45)
# ax.set(xlabel="month", ylabel="total sales", title="Sales per month, all stores")
# ```
#
# ```text
# ValueError: The number of FixedLocator locations (12), usually from a call to set_ticks, does not match the number of labels (13).
# ```
#
# What's wrong with my labels?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     # vertical bars: each patch's height is the month's total
#     '(lambda months: np.allclose(figure_summary(fig).axes[0].bar_heights[0], store_sales[months].sum().to_numpy()) and np.allclose([p.get_height() for p in ax.patches], store_sales[months].sum().to_numpy()))([c for c in store_sales.columns if c.startswith("2024-")])',
#     # every bar has a tick at its centre, labelled with its month
#     '(lambda months: [t.get_text() for t in ax.get_xticklabels()] == months and np.allclose(ax.get_xticks(), figure_summary(fig).axes[0].bar_centers[0]))([c for c in store_sales.columns if c.startswith("2024-")])',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'bar-chart', 'tick-formatting']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

monthly_total = store_sales.sum(numeric_only=True)
fig, ax = plt.subplots(figsize=(9, 4))
ax.bar(range(len(monthly_total)), monthly_total)
# store_sales.columns also holds "store"; the month names are the index of the summed Series
ax.set_xticks(range(len(monthly_total)), labels=monthly_total.index, rotation=45)
ax.set(xlabel="month", ylabel="total sales", title="Sales per month, all stores")
