# /// example
# task = """
# Count the events of `events` per hour of the day (0-23, by `timestamp`, all days together, \
# hours without events as 0) into `per_hour` and draw it as a 24-hour clock on polar axes: one \
# bar per hour, each bar centred on its hour's angle `2 * pi * hour / 24` and 2*pi/24 wide, with \
# 0 h at the top and the hours running clockwise. Keep the figure in `fig` and its polar Axes in \
# `ax`, and add a title."""
# prompt = """
# I'd like a "clock" chart of when things happen in my event log `events`: the count of events \
# for each hour of the day 0..23 (all days pooled, zeros for empty hours) as `per_hour`, drawn as \
# polar bars, hour h centred at angle 2*pi*h/24 with width 2*pi/24, midnight at the top and time \
# going clockwise. Keep `fig` and `ax` and add a title."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy', 'pandas']
# inputs = { events = 'events' }
# checks = [
#     'np.array_equal(np.asarray(per_hour), np.bincount(events["timestamp"].dt.hour, minlength=24))',
#     'figure_summary(fig).axes[0].projection == "polar" and np.allclose(figure_summary(fig).axes[0].bar_heights[0], np.bincount(events["timestamp"].dt.hour, minlength=24))',
#     'np.allclose(figure_summary(fig).axes[0].bar_centers[0], 2 * np.pi * np.arange(24) / 24) and np.allclose([p.get_width() for p in ax.patches[:24]], 2 * np.pi / 24)',
#     # 0 h at the top (north), angles increasing clockwise
#     'np.isclose(ax.get_theta_offset(), np.pi / 2) and ax.get_theta_direction() == -1 and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'intermediate'
# tags = ['projections', 'bar-chart', 'datetime', 'counting']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

per_hour = np.bincount(events["timestamp"].dt.hour, minlength=24)
angles = 2 * np.pi * np.arange(24) / 24

fig, ax = plt.subplots(figsize=(4, 4), subplot_kw={"projection": "polar"})
ax.bar(angles, per_hour, width=2 * np.pi / 24, edgecolor="white")
# clock layout: zero at the top, time running clockwise
ax.set_theta_zero_location("N")
ax.set_theta_direction(-1)
ax.set_xticks(angles[::3], [f"{h:02d}h" for h in range(0, 24, 3)])
ax.set_title("Events by hour of day")
