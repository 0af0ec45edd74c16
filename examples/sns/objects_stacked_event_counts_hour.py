# /// example
# task = """
# From the event log `events` (`timestamp`, `user`, `event` with levels view/click/purchase), \
# add an `hour` column (the hour of day of `timestamp`) to a copy `hourly`, and with the seaborn \
# objects interface draw the number of events per hour as bars stacked by event type: \
# `so.Bar()` with `so.Count()` and `so.Stack()`, coloured by `event`. Label the axes "hour of \
# day" and "events", the legend "event", add a title, and draw it onto `fig, ax` with `.on(ax)`."""
# prompt = """
# How busy is each hour of the day in my event log `events`, split by `event` type? Please add an \
# `hour` column (hour of `timestamp`) in a copy called `hourly` and use seaborn.objects to draw \
# stacked bars of event counts per hour (Count stat, Stack move), one colour per event type, with \
# axis labels "hour of day" and "events", legend title "event" and a title, on my `fig, ax`."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { events = 'events' }
# checks = [
#     'np.array_equal(hourly["hour"].to_numpy(), events["timestamp"].dt.hour.to_numpy())',
#     # one bar per (hour, event) pair that occurs, as tall as its count
#     'sorted(zip(np.round(np.concatenate(figure_summary(fig).axes[0].bar_centers), 6), np.concatenate(figure_summary(fig).axes[0].bar_heights))) == sorted((float(h), float(n)) for (h, _), n in events.groupby([events["timestamp"].dt.hour, "event"], observed=True).size().items())',
#     # stacked: the top of each hour's column is that hour's total number of events
#     '(lambda tops: all(np.isclose(tops[h], n) for h, n in events["timestamp"].dt.hour.value_counts().items()))(pd.Series([p.get_y() + p.get_height() for p in ax.patches], index=np.round([p.get_x() + p.get_width() / 2 for p in ax.patches]).astype(int)).groupby(level=0).max())',
#     'set(figure_summary(fig).all_legend_labels) == set(events["event"].dropna().astype(str)) or events["event"].nunique() <= 1',
#     'figure_summary(fig).axes[0].xlabel == "hour of day" and figure_summary(fig).axes[0].ylabel == "events" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'advanced'
# tags = ['bar-chart', 'counting', 'datetime', 'semantic-mapping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

# a fresh 0..n-1 index: seaborn.objects can fail on repeated index labels
hourly = events.assign(hour=events["timestamp"].dt.hour).reset_index(drop=True)
fig, ax = plt.subplots(figsize=(8, 4))
(
    so.Plot(hourly, x="hour", color="event")
    # Count tallies the rows of each (hour, event) group; Stack piles the groups of an hour
    .add(so.Bar(), so.Count(), so.Stack())
    .label(x="hour of day", y="events", color="event", title="Events per hour of day")
    .on(ax)
    .plot()
)
