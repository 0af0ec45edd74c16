# /// example
# task = """
# Plot each column of the time-indexed DataFrame `df` as a line in its own row of a subplot \
# grid (`axes`) with a shared x axis, the column name as each row's y label, "date" as the bottom \
# x label, and a figure title (suptitle) "Sensor channels". Keep the figure in `fig`."""
# prompt = """
# Plot each column of the time-indexed DataFrame `df` as a line in its own row of a subplot grid \
# (`axes`) sharing the x axis, with the column name as each row's y label, "date" as the x label \
# of the bottom row, and the figure title "Sensor channels". Keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { df = 'sensor' }
# checks = [
#     'figure_summary(fig).n_axes == df.shape[1]',
#     'all(a.shares_x for a in figure_summary(fig).axes)',
#     'figure_summary(fig).ylabels == list(df.columns)',
#     "figure_summary(fig).suptitle == 'Sensor channels'",
#     # the bottom row (the last Axes) carries the x label
#     "figure_summary(fig).xlabels[-1] == 'date'",
#     # each row shows its column's readings as a line
#     'all(any(len(xy) == len(df) and np.allclose(xy[:, 1], df[column], equal_nan=True) for xy in a.lines_xy) for a, column in zip(figure_summary(fig).axes, df.columns, strict=True))',
# ]
# difficulty = 'basic'
# tags = ['subplots', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

# squeeze=False returns a 2-D array even for a single channel, so axes[:, 0] always works
fig, axes = plt.subplots(
    len(df.columns),
    1,
    sharex=True,
    squeeze=False,
    figsize=(8, 2 * len(df.columns)),
    layout="constrained",
)
axes = axes[:, 0]
for ax, column in zip(axes, df.columns, strict=True):
    ax.plot(df.index, df[column], linewidth=1)
    ax.set_ylabel(column)
axes[-1].set_xlabel("date")
fig.suptitle("Sensor channels")
