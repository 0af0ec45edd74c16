# /// example
# task = """
# Plot daily `temperature` from the time-indexed DataFrame `df` with one major tick per month \
# (`mdates.MonthLocator`) labelled as abbreviated month and year (`DateFormatter("%b %Y")`), \
# rotated with `autofmt_xdate`; label the axes and title. Keep the figure in `fig` and its Axes \
# in `ax`."""
# prompt = """
# I want to plot the daily `temperature` column of my time-indexed DataFrame `df` with exactly \
# one major tick per month (a MonthLocator), labelled as abbreviated month and year with the \
# format "%b %Y", and the date labels rotated using the figure's autofmt_xdate. Label the axes, \
# add a title, and keep the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { df = 'weather' }
# checks = [
#     "all(pd.to_datetime(t, format='%b %Y').day == 1 for t in figure_summary(fig).axes[0].xticklabels if t)",
#     "type(ax.xaxis.get_major_locator()).__name__ == 'MonthLocator'",
#     'ax.get_xticklabels()[0].get_rotation() != 0',
#     # a tick at the start of every month in view, none skipped
#     'np.array_equal(ax.xaxis.get_majorticklocs(), matplotlib.dates.MonthLocator().tick_values(*matplotlib.dates.num2date(ax.get_xlim())))',
#     # the daily temperatures are drawn as one line
#     "any(len(xy) == len(df) and np.allclose(xy[:, 1], df['temperature'], equal_nan=True) for xy in figure_summary(fig).axes[0].lines_xy)",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'intermediate'
# tags = ['datetime', 'tick-formatting', 'time-series']
# edge_cases = true
# ///
import matplotlib.dates as mdates
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(9, 4))
ax.plot(df.index, df["temperature"], linewidth=1)
ax.set_xlabel("date")
ax.set_ylabel("temperature (°C)")
ax.set_title("Daily temperature")
ax.xaxis.set_major_locator(mdates.MonthLocator())
ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
# autofmt_xdate rotates the date labels and right-aligns them so neighbouring months do not overlap
fig.autofmt_xdate()
