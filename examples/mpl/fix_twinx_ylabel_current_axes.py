# /// example
# task = """
# This code should draw the daily `temperature` of `weather` (DatetimeIndex) as a line on the \
# left axis and the daily `rainfall` as bars on a twin right axis, in the figure `fig` (two Axes), with the \
# left axis labelled "temperature (deg C)" and the right one "rainfall (mm)". It runs, but the \
# left axis ends up without a label and the temperature label never shows:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots(figsize=(9, 4))
# ax.plot(weather.index, weather["temperature"], color="tab:red")
# ax2 = ax.twinx()
# ax2.bar(weather.index, weather["rainfall"], color="tab:blue", alpha=0.4)
# plt.xlabel("date")
# plt.ylabel("temperature (deg C)")
# ax2.set_ylabel("rainfall (mm)")
# plt.title("Daily weather")
# ```
#
# Fix it."""
# prompt = """
# I plot daily `temperature` from `weather` as a line and daily `rainfall` as bars on a second \
# y-axis on the right (`twinx`), so `fig` has two Axes. The left axis should read "temperature (deg C)" and \
# the right one "rainfall (mm)", but the left one stays blank:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots(figsize=(9, 4))
# ax.plot(weather.index, weather["temperature"], color="tab:red")
# ax2 = ax.twinx()
# ax2.bar(weather.index, weather["rainfall"], color="tab:blue", alpha=0.4)
# plt.xlabel("date")
# plt.ylabel("temperature (deg C)")
# ax2.set_ylabel("rainfall (mm)")
# plt.title("Daily weather")
# ```
#
# Where did my temperature label go?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'figure_summary(fig).n_axes == 2',
#     'figure_summary(fig).axes[0].ylabel == "temperature (deg C)" and figure_summary(fig).axes[1].ylabel == "rainfall (mm)"',
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([matplotlib.dates.date2num(weather.index), weather["temperature"].to_numpy()]))',
#     'np.allclose(figure_summary(fig).axes[1].bar_heights[0], weather["rainfall"].to_numpy())',
#     # vertical bars: each patch's height is the day's rainfall
#     'np.allclose([p.get_height() for p in fig.axes[1].containers[0]], weather["rainfall"].to_numpy())',
#     '"date" in figure_summary(fig).xlabels and any(t != "" for t in figure_summary(fig).titles)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'twin-axes', 'line-plot', 'bar-chart', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(9, 4))
ax.plot(weather.index, weather["temperature"], color="tab:red")
ax2 = ax.twinx()
ax2.bar(weather.index, weather["rainfall"], color="tab:blue", alpha=0.4)
# after twinx the current Axes is the twin, so plt.ylabel labelled the right axis: name each Axes
ax.set(xlabel="date", ylabel="temperature (deg C)", title="Daily weather")
ax2.set_ylabel("rainfall (mm)")
