# /// example
# task = """
# Count the events of `events` per clock hour (bins starting on the hour, by `timestamp`, empty \
# hours counted as 0) into the Series `hourly` and plot it as a line. Put major x ticks at \
# 00:00, 06:00, 12:00 and 18:00 of every day (`HourLocator`) labelled like "05-01 06:00" \
# (`DateFormatter("%m-%d %H:%M")`). Keep the figure in `fig` and its Axes in `ax`, label the \
# axes and add a title."""
# prompt = """
# From my event log `events` (a `timestamp` column) I need the number of events in each clock \
# hour, zero for quiet hours, as `hourly`, drawn as a line. The x axis should have a tick every \
# six hours at 00:00, 06:00, 12:00 and 18:00, labelled month-day and time, e.g. "05-01 06:00" \
# (format "%m-%d %H:%M"). Keep `fig` and `ax` with labels and a title."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { events = 'events' }
# checks = [
#     '(lambda h: np.array_equal(hourly.to_numpy(), h.to_numpy()) and pd.DatetimeIndex(hourly.index).equals(pd.DatetimeIndex(h.index)))(events.set_index("timestamp").resample("60min").size())',
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0][:, 1], events.set_index("timestamp").resample("60min").size().to_numpy())',
#     # the ticks fall on 00, 06, 12, 18 h, every 6 h (0.25 day), and read as %m-%d %H:%M; a view holding no such
#     # instant (a log of a few hours) makes HourLocator fall back to ticks at the view limits
#     '(fig.canvas.draw(), all(matplotlib.dates.num2date(t).hour % 6 == 0 and matplotlib.dates.num2date(t).minute == 0 and lab.get_text() == matplotlib.dates.num2date(t).strftime("%m-%d %H:%M") for t, lab in zip(ax.get_xticks(), ax.get_xticklabels())))[-1] or np.floor(max(ax.get_xlim()) * 4) < min(ax.get_xlim()) * 4',
#     '(fig.canvas.draw(), len(ax.get_xticks()) > 0 and np.allclose(np.diff(ax.get_xticks()), 0.25))[-1] or np.floor(max(ax.get_xlim()) * 4) < min(ax.get_xlim()) * 4',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'intermediate'
# tags = ['datetime', 'tick-formatting', 'resampling', 'counting']
# edge_cases = true
# ///
import matplotlib.dates as mdates
import matplotlib.pyplot as plt

# resample puts every clock hour in the index, so quiet hours appear as 0
hourly = events.set_index("timestamp").resample("60min").size()

fig, ax = plt.subplots(figsize=(6, 3.5))
ax.plot(hourly.index, hourly.to_numpy())
ax.xaxis.set_major_locator(mdates.HourLocator(byhour=range(0, 24, 6)))
ax.xaxis.set_major_formatter(mdates.DateFormatter("%m-%d %H:%M"))
fig.autofmt_xdate()
ax.set(xlabel="time", ylabel="events per hour", title="Event rate")
