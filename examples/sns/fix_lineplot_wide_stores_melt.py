# /// example
# task = """
# `store_sales` is a wide table: a `store` id column and one sales column per month, named \
# `2024-01` to `2024-12`. This code should draw, in the figure `fig`, one line per store showing \
# its sales across the months in order, with the stores in the legend. It runs, but it draws one \
# line per month across the rows of the table instead:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots(figsize=(9, 4))
# sns.lineplot(data=store_sales, ax=ax)
# ax.set(xlabel="month", ylabel="sales", title="Monthly sales per store")
# ```
#
# Fix it."""
# prompt = """
# My table `store_sales` has a `store` column and one column of sales per month (`2024-01` ... \
# `2024-12`). In `fig` I want one line per store over the months, with a legend of stores:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots(figsize=(9, 4))
# sns.lineplot(data=store_sales, ax=ax)
# ax.set(xlabel="month", ylabel="sales", title="Monthly sales per store")
# ```
#
# Instead I get twelve lines, one per month, plotted against the row number. How do I get a \
# line per store?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas', 'numpy']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     'sorted(figure_summary(fig).axes[0].legend_labels) == sorted(store_sales["store"])',
#     # one line per store whose values are that store's sales in month order (seaborn adds empty legend lines)
#     'sorted(np.round(line[:, 1], 6).tolist() for line in figure_summary(fig).axes[0].lines_xy if len(line)) == sorted(np.round(row, 6).tolist() for row in store_sales.filter(regex=r"^\d{4}-\d{2}$").sort_index(axis=1).to_numpy())',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != ""',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'line-plot', 'reshaping', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

# wide data makes a line per column: melt to long form (one row per store and month) first
months = store_sales.filter(regex=r"^\d{4}-\d{2}$").columns
long = store_sales.melt(id_vars="store", value_vars=months, var_name="month", value_name="sales")
fig, ax = plt.subplots(figsize=(9, 4))
sns.lineplot(data=long, x="month", y="sales", hue="store", ax=ax)
ax.set(xlabel="month", ylabel="sales", title="Monthly sales per store")
