# /// example
# task = """
# Plot the channel `sensor_a` of `sensor` (daily DatetimeIndex) as a line on the Axes `ax` of \
# the figure `fig` with a major x tick on every Monday labelled like "04 Mar" and a minor tick \
# on every day, and a vertical grid on the major ticks only. Label the axes and add a title."""
# prompt = """
# My daily `sensor` readings span a few months; I'd like `sensor_a` as a line on `ax` in `fig` \
# with the x axis organised by week: a major tick every Monday labelled day and month (e.g. \
# "04 Mar"), a minor tick every day, and vertical grid lines at the Mondays only. Axis labels and \
# a title too."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([matplotlib.dates.date2num(sensor.index), sensor["sensor_a"].to_numpy()]), equal_nan=True)',
#     # every major tick inside the view is a Monday at midnight, and they are 7 days apart
#     '(lambda ticks: len(ticks) > 0 and all(d.weekday() == 0 and d.hour == 0 for d in matplotlib.dates.num2date(ticks)) and np.allclose(np.diff(ticks), 7))([t for t in ax.get_xticks() if ax.get_xlim()[0] <= t <= ax.get_xlim()[1]])',
#     # minor ticks that fall on a major tick are dropped, so together they mark every day
#     '(lambda days: len(days) > 7 and np.allclose(np.diff(days), 1) and np.allclose(days, np.round(days)))(np.unique([t for t in np.concatenate([ax.get_xticks(minor=True), ax.get_xticks()]) if ax.get_xlim()[0] <= t <= ax.get_xlim()[1]]))',
#     '(lambda labels: len(labels) > 0 and all(t.get_text() == matplotlib.dates.num2date(t.get_position()[0]).strftime("%d %b") for t in labels))([t for t in ax.get_xticklabels() if ax.get_xlim()[0] <= t.get_position()[0] <= ax.get_xlim()[1]])',
#     'any(line.get_visible() for line in ax.get_xgridlines()) and not any(tick.gridline.get_visible() for tick in ax.xaxis.get_minor_ticks()) and not any(line.get_visible() for line in ax.get_ygridlines())',
#     'ax.get_xlabel() != "" and ax.get_ylabel() != "" and ax.get_title() != ""',
# ]
# difficulty = 'intermediate'
# tags = ['datetime', 'tick-formatting', 'time-series', 'line-plot']
# edge_cases = { min_size = 14, why = 'weekly ticks need a series that spans at least two weeks' }
# ///
import matplotlib.dates as mdates
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(10, 4))
ax.plot(sensor.index, sensor["sensor_a"])
# byweekday=mdates.MO puts the major ticks on Mondays; DayLocator adds one minor tick per day
ax.xaxis.set_major_locator(mdates.WeekdayLocator(byweekday=mdates.MO))
ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))
ax.xaxis.set_minor_locator(mdates.DayLocator())
ax.grid(axis="x", which="major")
ax.set(xlabel="date", ylabel="sensor_a", title="Sensor A by week")
