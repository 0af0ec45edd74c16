# /// example
# task = """
# Plot every column of the time-indexed DataFrame `df` as a line on one Axes with a legend of the \
# column names, using an `AutoDateLocator` with a `ConciseDateFormatter` for compact date tick \
# labels; label the axes and title. Keep the figure in `fig` and its Axes in `ax`."""
# prompt = """
# My time-indexed DataFrame `df` has several sensor columns. Plot all of them as lines on one \
# Axes with a legend of the column names, and make the date ticks compact with an AutoDateLocator \
# plus a ConciseDateFormatter; label the axes, add a title, and keep the figure in `fig` and the \
# Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { df = 'sensor' }
# checks = [
#     'figure_summary(fig).axes[0].legend_labels == list(df.columns)',
#     "type(ax.xaxis.get_major_formatter()).__name__ == 'ConciseDateFormatter'",
#     'figure_summary(fig).axes[0].n_lines == df.shape[1]',
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'intermediate'
# tags = ['datetime', 'tick-formatting', 'time-series', 'legend']
# edge_cases = true
# ///
import matplotlib.dates as mdates
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(9, 4))
for column in df.columns:
    ax.plot(df.index, df[column], linewidth=1, label=column)
ax.set_xlabel("date")
ax.set_ylabel("reading")
ax.set_title("Sensor readings")
ax.legend()
locator = mdates.AutoDateLocator()
ax.xaxis.set_major_locator(locator)
# ConciseDateFormatter shortens each label to the fields the tick spacing needs; what it
# omits (e.g. the year) is shown once in the offset text at the axis end
ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
