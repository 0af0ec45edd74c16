# /// example
# task = """
# Draw a horizontal bar chart of the column means of the numeric DataFrame `df`, sorted so that \
# the largest mean is at the top; keep the sorted means in `means` and label the axes and title. \
# Keep the figure in `fig` and its Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { df = 'measurements' }
# checks = [
#     'figure_summary(fig).axes[0].n_bars == df.shape[1]',
#     'max(ax.patches, key=lambda p: p.get_y()).get_width() == df.mean().max()',
#     'figure_summary(fig).axes[0].yticklabels == list(df.mean().sort_values().index)',
#     "figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'basic'
# tags = ['bar-chart', 'horizontal']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

# barh draws the first bar at the bottom, so ascending order puts the largest on top
means = df.mean().sort_values()

fig, ax = plt.subplots()
ax.barh(means.index, means.to_numpy(), color="tab:purple")
ax.set_xlabel("mean value")
ax.set_ylabel("variable")
ax.set_title("Column means, largest at the top")
