# /// example
# task = """
# Draw the wide sales table `sales_wide` (`store` and one sales column per month, "2024-01" to \
# "2024-12"; other columns are not months) as a seaborn heatmap with one row per store in the \
# table's order and one column per month, every store and month labelled on the axes, the \
# "viridis" colormap and a colorbar labelled "sales". Label the axes "month" and "store" and \
# title the plot "Monthly sales by store". Keep the figure in `fig` and its Axes in `ax`."""
# prompt = """
# I'd like a heatmap of `sales_wide`: stores as rows (as they appear in the table), months \
# "2024-01" to "2024-12" as columns (ignore any other columns), with every store and month shown \
# as a tick label, the "viridis" colormap and a colorbar titled "sales". Axis labels "month" and \
# "store", title "Monthly sales by store"; keep the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['seaborn', 'pandas']
# inputs = { sales_wide = 'store_sales' }
# checks = [
#     "np.allclose(figure_summary(fig).axes[0].mesh_arrays[0], sales_wide[[f'2024-{m:02d}' for m in range(1, 13)]].to_numpy(dtype=float).ravel(), equal_nan=True)",
#     "figure_summary(fig).axes[0].xticklabels == [f'2024-{m:02d}' for m in range(1, 13)]",
#     "figure_summary(fig).axes[0].yticklabels == list(sales_wide['store'])",
#     "figure_summary(fig).colorbar_labels == ['sales']",
#     "ax.collections[0].get_cmap().name == 'viridis'",
#     "figure_summary(fig).axes[0].xlabel == 'month' and figure_summary(fig).axes[0].ylabel == 'store'",
#     "figure_summary(fig).axes[0].title == 'Monthly sales by store'",
# ]
# difficulty = 'basic'
# tags = ['heatmap', 'colorbar']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

months = [column for column in sales_wide.columns if column.startswith("2024-")]
grid = sales_wide.set_index("store")[months]

fig, ax = plt.subplots(figsize=(9, 6))
# yticklabels=True labels every store; the default skips labels when there are many rows
sns.heatmap(
    grid, cmap="viridis", xticklabels=True, yticklabels=True, cbar_kws={"label": "sales"}, ax=ax
)
ax.set(xlabel="month", ylabel="store", title="Monthly sales by store")
