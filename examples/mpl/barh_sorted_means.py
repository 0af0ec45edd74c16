# /// example
# task = """
# Draw a horizontal bar chart of the column means of the numeric DataFrame `df`, sorted so that \
# the largest mean is at the top; keep the sorted means in `means` and label the axes and title. \
# Keep the figure in `fig` and its Axes in `ax`."""
# prompt = """
# Could you make a horizontal bar chart of the column means of my numeric DataFrame `df`, ordered \
# so the largest mean sits at the top and each bar is labelled with its column name? Keep the \
# sorted means in `means`, label the axes, add a title, and keep the figure in `fig` and the Axes \
# in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { df = 'measurements' }
# checks = [
#     'figure_summary(fig).axes[0].n_bars == df.shape[1]',
#     # bars read bottom to top on screen (display coordinates, so an inverted y axis counts too): widths never decrease, the top one is the largest mean
#     '(lambda w: np.all(np.diff(w) >= 0) and np.isclose(w[-1], df.mean().max()))([p.get_width() for p in sorted(ax.patches, key=lambda p: ax.transData.transform((0, p.get_y() + p.get_height() / 2))[1])])',
#     # each y tick label sits on the bar of that column's mean
#     'sorted(t.get_text() for t in ax.get_yticklabels()) == sorted(df.columns) and all(np.isclose(df.mean()[t.get_text()], next(p.get_width() for p in ax.patches if np.isclose(p.get_y() + p.get_height() / 2, t.get_position()[1]))) for t in ax.get_yticklabels())',
#     # `means` holds the column means in sorted order (either direction)
#     'np.allclose(np.sort(np.asarray(means, dtype=float)), np.sort(df.mean().to_numpy())) and (np.all(np.diff(np.asarray(means, dtype=float)) >= 0) or np.all(np.diff(np.asarray(means, dtype=float)) <= 0))',
#     "figure_summary(fig).axes[0].title != ''",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'basic'
# tags = ['bar-chart', 'sorting']
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
