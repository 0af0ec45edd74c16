# /// example
# task = """
# Draw the contingency table `table` (rows are groups, columns are outcomes) as a stacked bar \
# chart: one bar per row, one coloured segment per column stacked with `bottom=`, x tick labels \
# "group 1", "group 2", ..., and a legend with one entry per outcome ("outcome 1", ...). Label \
# the axes and add a title. Keep the figure in `fig` and its Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { table = 'table' }
# checks = [
#     'figure_summary(fig).axes[0].n_bars == table.size',
#     'np.isclose(max(p.get_y() + p.get_height() for p in ax.patches), table.sum(axis=1).max())',
#     "figure_summary(fig).axes[0].legend_labels == [f'outcome {j + 1}' for j in range(table.shape[1])]",
# ]
# difficulty = 'intermediate'
# tags = ['bar-chart', 'stacked', 'contingency-table']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

group_labels = [f"group {i + 1}" for i in range(table.shape[0])]
bottom = np.zeros(table.shape[0])

fig, ax = plt.subplots()
for j in range(table.shape[1]):
    ax.bar(group_labels, table[:, j], bottom=bottom, label=f"outcome {j + 1}")
    bottom += table[:, j]
ax.set_xlabel("group")
ax.set_ylabel("count")
ax.set_title("Outcome counts by group")
ax.legend(title="outcome")
