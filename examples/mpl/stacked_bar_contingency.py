# /// example
# task = """
# Draw the contingency table `table` (rows are groups, columns are outcomes) as a stacked bar \
# chart: one bar per row, one coloured segment per column stacked with `bottom=`, x tick labels \
# "group 1", "group 2", ..., and a legend with one entry per outcome ("outcome 1", ...). Label \
# the axes and add a title. Keep the figure in `fig` and its Axes in `ax`."""
# prompt = """
# My contingency table `table` has groups as rows and outcomes as columns. Draw it as a stacked \
# bar chart with one bar per row and one coloured segment per column stacked on top of each \
# other, x tick labels "group 1", "group 2", ..., and a legend entry per outcome ("outcome 1", \
# "outcome 2", ...). Label the axes, add a title, and keep the figure in `fig` and the Axes in \
# `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { table = 'table' }
# checks = [
#     'figure_summary(fig).axes[0].n_bars == table.size',
#     'np.isclose(max(p.get_y() + p.get_height() for p in ax.patches), table.sum(axis=1).max())',
#     "figure_summary(fig).axes[0].legend_labels == [f'outcome {j + 1}' for j in range(table.shape[1])]",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'intermediate'
# tags = ['bar-chart', 'contingency-table']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

group_labels = [f"group {i + 1}" for i in range(table.shape[0])]
bottom = np.zeros(table.shape[0])

fig, ax = plt.subplots()
for j in range(table.shape[1]):
    ax.bar(group_labels, table[:, j], bottom=bottom, label=f"outcome {j + 1}")
    # the running total is where the next outcome's bars start, stacking them on top
    bottom += table[:, j]
ax.set_xlabel("group")
ax.set_ylabel("count")
ax.set_title("Outcome counts by group")
ax.legend(title="outcome")
