# /// example
# task = """
# `store_sales` has a `store` column and one sales column per month. This code should draw one \
# line per store showing its sales over the months (months along the x axis, a legend entry per \
# store), keeping the Axes in `ax` and the figure in `fig`:
#
# ```python
# ax = store_sales.plot(xlabel="month", ylabel="sales", title="Monthly sales per store")
# fig = ax.figure
# ```
#
# It runs, but it draws one line per month across the stores instead. Fix it."""
# prompt = """
# I want a line chart with one line per store from my wide table `store_sales` (a `store` column, \
# then one column per month), months on the x axis, in `fig`/`ax`:
#
# ```python
# ax = store_sales.plot(xlabel="month", ylabel="sales", title="Monthly sales per store")
# fig = ax.figure
# ```
#
# but the legend lists the months and the x axis runs over the stores. How do I flip it?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['pandas', 'matplotlib']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     'figure_summary(fig).axes[0].n_lines == len(store_sales)',
#     'sorted(figure_summary(fig).axes[0].legend_labels) == sorted(store_sales["store"])',
#     # every store's monthly sales appear as one drawn line
#     'all(any(np.allclose(xy[:, 1], row) for xy in figure_summary(fig).axes[0].lines_xy) for row in store_sales.drop(columns="store").to_numpy())',
#     'all(len(xy) == store_sales.shape[1] - 1 for xy in figure_summary(fig).axes[0].lines_xy)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'line-plot', 'reshaping']
# edge_cases = { extra_columns = false, why = "the table holds only the store id and one sales column per month" }
# ///
# DataFrame.plot draws one line per column: put the stores in the columns and the months in the rows
by_month = store_sales.set_index("store").T
ax = by_month.plot(xlabel="month", ylabel="sales", title="Monthly sales per store")
fig = ax.figure
