# /// example
# task = """
# This code counts the events of `events` per clock hour into `hourly` and draws one bar per \
# hour on `fig, ax`. It runs, but the bars overlap into a solid block: on a date axis a bar \
# width is measured in days, so the default 0.8 is 0.8 days:
#
# ```python
# import matplotlib.pyplot as plt
#
# hourly = events.set_index("timestamp").resample("60min").size()
# fig, ax = plt.subplots()
# ax.bar(hourly.index, hourly.to_numpy())
# ax.set(xlabel="time", ylabel="events", title="Events per hour")
# ```
#
# Fix it so that each bar covers 0.8 of its hour (48 minutes), centred on the hour's start \
# timestamp as now."""
# prompt = """
# My hourly event counts from `events` (in `hourly`) come out as one big overlapping blob when \
# drawn as bars on `fig, ax`:
#
# ```python
# import matplotlib.pyplot as plt
#
# hourly = events.set_index("timestamp").resample("60min").size()
# fig, ax = plt.subplots()
# ax.bar(hourly.index, hourly.to_numpy())
# ax.set(xlabel="time", ylabel="events", title="Events per hour")
# ```
#
# Each bar should be 48 minutes wide (0.8 of an hour) and stay centred where it is now."""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { events = 'events' }
# checks = [
#     'np.array_equal(hourly.to_numpy(), events.set_index("timestamp").resample("60min").size().to_numpy())',
#     'np.allclose(figure_summary(fig).axes[0].bar_heights[0], events.set_index("timestamp").resample("60min").size().to_numpy())',
#     # widths of 48 minutes in days; centres on the hour stamps
#     'np.allclose([p.get_width() for p in ax.patches], 0.8 / 24) and np.allclose(figure_summary(fig).axes[0].bar_centers[0], matplotlib.dates.date2num(events.set_index("timestamp").resample("60min").size().index))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'bar-chart', 'datetime']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import pandas as pd

hourly = events.set_index("timestamp").resample("60min").size()
fig, ax = plt.subplots()
# a Timedelta width is converted to the axis' day units: 48 minutes = 0.8 / 24 days
ax.bar(hourly.index, hourly.to_numpy(), width=pd.Timedelta(minutes=48))
ax.set(xlabel="time", ylabel="events", title="Events per hour")
