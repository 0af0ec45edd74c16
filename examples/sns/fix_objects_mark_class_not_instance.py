# /// example
# task = """
# This code should draw channel `sensor_a` of the daily table `sensor` (DatetimeIndex) as a line \
# over the dates with the seaborn objects interface on `fig, ax`, but it raises:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn.objects as so
#
# fig, ax = plt.subplots(figsize=(6, 3))
# so.Plot(x=sensor.index, y=sensor["sensor_a"]).add(so.Line).label(x="date", y="sensor_a").on(ax).plot()
# ```
#
# ```text
# TypeError: mark must be a Mark instance, not <class 'type'>.
# ```
#
# Fix it; keep the axis labels "date" and "sensor_a"."""
# prompt = """
# I'm new to seaborn.objects and want a simple line of `sensor_a` over time from my `sensor` \
# frame on `fig, ax`, with axis labels "date" and "sensor_a", but I get:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn.objects as so
#
# fig, ax = plt.subplots(figsize=(6, 3))
# so.Plot(x=sensor.index, y=sensor["sensor_a"]).add(so.Line).label(x="date", y="sensor_a").on(ax).plot()
# ```
#
# ```text
# TypeError: mark must be a Mark instance, not <class 'type'>.
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     # the line runs through every reading in date order
#     '(lambda xy, s: np.allclose(xy[np.argsort(xy[:, 0], kind="stable")][:, 1], s.to_numpy()) and np.allclose(np.sort(xy[:, 0]), matplotlib.dates.date2num(s.index)))(figure_summary(fig).axes[0].lines_xy[0], sensor["sensor_a"].dropna().sort_index(kind="stable"))',
#     'figure_summary(fig).axes[0].n_lines == 1',
#     'figure_summary(fig).axes[0].xlabel == "date" and figure_summary(fig).axes[0].ylabel == "sensor_a"',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'line-plot', 'time-series']
# edge_cases = { index = false, why = "one reading per day: the daily table has no repeated dates" }
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

fig, ax = plt.subplots(figsize=(6, 3))
# marks are instances: so.Line() (with parentheses), not the class so.Line
(
    so.Plot(x=sensor.index, y=sensor["sensor_a"])
    .add(so.Line())
    .label(x="date", y="sensor_a")
    .on(ax)
    .plot()
)
