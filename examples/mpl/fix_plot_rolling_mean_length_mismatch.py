# /// example
# task = """
# This code should draw the daily `temperature` of `weather` (DatetimeIndex) with its 7-day \
# rolling mean on top in the figure `fig`, labelled "daily" and "7-day mean" with a legend, but it \
# raises an error:
#
# ```python
# import matplotlib.pyplot as plt
#
# smooth = weather["temperature"].rolling(7).mean().dropna()
# fig, ax = plt.subplots()
# ax.plot(weather.index, weather["temperature"], alpha=0.4, label="daily")
# ax.plot(weather.index, smooth, label="7-day mean")
# ax.set(xlabel="date", ylabel="temperature (deg C)", title="Daily temperature")
# ax.legend()
# ```
#
# ```text
# ValueError: x and y must have same first dimension, but have shapes (365,) and (359,)
# ```
#
# Fix it."""
# prompt = """
# I want to show the daily `temperature` from my `weather` table (it has a DatetimeIndex) with \
# a 7-day rolling mean over it, lines labelled "daily" and "7-day mean", and a legend, in `fig`:
#
# ```python
# import matplotlib.pyplot as plt
#
# smooth = weather["temperature"].rolling(7).mean().dropna()
# fig, ax = plt.subplots()
# ax.plot(weather.index, weather["temperature"], alpha=0.4, label="daily")
# ax.plot(weather.index, smooth, label="7-day mean")
# ax.set(xlabel="date", ylabel="temperature (deg C)", title="Daily temperature")
# ax.legend()
# ```
#
# The second plot call fails:
#
# ```text
# ValueError: x and y must have same first dimension, but have shapes (365,) and (359,)
# ```
#
# How do I fix it?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'figure_summary(fig).axes[0].legend_labels == ["daily", "7-day mean"]',
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([matplotlib.dates.date2num(weather.index), weather["temperature"].to_numpy()]))',
#     # each drawn point of the mean sits at the last day of its window (leading gaps may be kept as NaN)
#     '(lambda xy, mean: np.allclose(xy[np.isfinite(xy[:, 1])], np.column_stack([matplotlib.dates.date2num(mean.index), mean.to_numpy()])))(figure_summary(fig).axes[0].lines_xy[1], weather["temperature"].rolling(7).mean().dropna())',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'line-plot', 'rolling-window', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

smooth = weather["temperature"].rolling(7).mean().dropna()
fig, ax = plt.subplots()
ax.plot(weather.index, weather["temperature"], alpha=0.4, label="daily")
# dropna removed the first six days: plot the mean against its own index
ax.plot(smooth.index, smooth, label="7-day mean")
ax.set(xlabel="date", ylabel="temperature (deg C)", title="Daily temperature")
ax.legend()
