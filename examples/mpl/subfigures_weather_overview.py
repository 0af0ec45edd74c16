# /// example
# task = """
# Lay out a weather overview of the DataFrame `weather` (daily `temperature` and `rainfall` on a \
# DatetimeIndex) as two side-by-side subfigures made with `fig.subfigures(1, 2)`: the left one \
# holds one Axes with the daily temperature as a line, the right one two stacked Axes with \
# histograms (15 bins) of `temperature` (top) and `rainfall` (bottom). Give the subfigures the \
# titles "Time series" and "Distributions" with `suptitle`, label every Axes' axes, and keep the \
# figure in `fig` and the two subfigures in `left` and `right`."""
# prompt = """
# I'd like one figure summarising my daily `weather` DataFrame (`temperature` and `rainfall`, \
# DatetimeIndex) split into two side-by-side subfigures: on the left the daily temperature as a \
# line, on the right two stacked 15-bin histograms, temperature on top and rainfall below. Title \
# the subfigures "Time series" and "Distributions", label every panel's axes, and keep the figure \
# in `fig` and the subfigures in `left` and `right`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     "left.get_suptitle() == 'Time series' and right.get_suptitle() == 'Distributions'",
#     'len(left.axes) == 1 and len(right.axes) == 2',
#     "np.allclose(axes_summary(left.axes[0]).lines_xy[0], np.column_stack([matplotlib.dates.date2num(weather.index), weather['temperature']]))",
#     "np.allclose(axes_summary(right.axes[0]).bar_heights[0], np.histogram(weather['temperature'], bins=15)[0])",
#     "np.allclose(axes_summary(right.axes[1]).bar_heights[0], np.histogram(weather['rainfall'], bins=15)[0])",
#     "all(a.xlabel != '' and a.ylabel != '' for a in figure_summary(fig).axes)",
# ]
# difficulty = 'intermediate'
# tags = ['subplots', 'histogram', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig = plt.figure(figsize=(10, 4), layout="constrained")
left, right = fig.subfigures(1, 2, width_ratios=[3, 2])

ax_line = left.subplots()
ax_line.plot(weather.index, weather["temperature"])
ax_line.set_xlabel("date")
ax_line.set_ylabel("temperature (°C)")
left.suptitle("Time series")

# each subfigure has its own grid, so the right side can hold two rows
ax_temp, ax_rain = right.subplots(2, 1)
ax_temp.hist(weather["temperature"], bins=15)
ax_temp.set_xlabel("temperature (°C)")
ax_temp.set_ylabel("days")
ax_rain.hist(weather["rainfall"], bins=15, color="tab:blue")
ax_rain.set_xlabel("rainfall (mm)")
ax_rain.set_ylabel("days")
right.suptitle("Distributions")
