# /// example
# task = """
# This code should plot the `temperature` of `weather` (DatetimeIndex) on the left axis and its \
# 30-day rolling mean of `rainfall` on a twin right axis of the figure `fig` (two Axes, two lines), with one legend \
# listing both lines, "temperature" and "rainfall (30-day mean)". It runs, but the legend only \
# shows the temperature:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots(figsize=(9, 4))
# ax.plot(weather.index, weather["temperature"], color="tab:red", label="temperature")
# ax.set(xlabel="date", ylabel="temperature (deg C)", title="Temperature and rainfall")
# ax_rain = ax.twinx()
# ax_rain.plot(weather.index, weather["rainfall"].rolling(30).mean(), color="tab:blue", label="rainfall (30-day mean)")
# ax_rain.set_ylabel("rainfall (mm)")
# ax.legend(loc="upper left")
# ```
#
# Fix it so the one legend shows both lines."""
# prompt = """
# On my `weather` plot in `fig` I have `temperature` on the left axis and the 30-day rolling \
# mean of `rainfall` on a `twinx` axis on the right (two Axes, two lines), both with labels ("temperature", "rainfall \
# (30-day mean)"), but the legend only lists temperature:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots(figsize=(9, 4))
# ax.plot(weather.index, weather["temperature"], color="tab:red", label="temperature")
# ax.set(xlabel="date", ylabel="temperature (deg C)", title="Temperature and rainfall")
# ax_rain = ax.twinx()
# ax_rain.plot(weather.index, weather["rainfall"].rolling(30).mean(), color="tab:blue", label="rainfall (30-day mean)")
# ax_rain.set_ylabel("rainfall (mm)")
# ax.legend(loc="upper left")
# ```
#
# How do I get a single legend with both lines?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     # exactly one legend in the figure, on either Axes or the figure, listing both lines
#     '(lambda legends: len(legends) == 1 and sorted(t.get_text() for t in legends[0].get_texts()) == ["rainfall (30-day mean)", "temperature"])([lg for lg in [a.get_legend() for a in fig.axes] + list(fig.legends) if lg is not None])',
#     '(lambda lines: len(lines) == 2 and any(np.allclose(xy[:, 1], weather["temperature"].to_numpy(), equal_nan=True) for xy in lines) and any(np.allclose(xy[:, 1], weather["rainfall"].rolling(30).mean().to_numpy(), equal_nan=True) for xy in lines))([xy for a in figure_summary(fig).axes for xy in a.lines_xy])',
#     'len(fig.axes) == 2 and sorted(a.get_ylabel() for a in fig.axes) == ["rainfall (mm)", "temperature (deg C)"]',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'twin-axes', 'legend', 'rolling-window', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(9, 4))
ax.plot(weather.index, weather["temperature"], color="tab:red", label="temperature")
ax.set(xlabel="date", ylabel="temperature (deg C)", title="Temperature and rainfall")
ax_rain = ax.twinx()
ax_rain.plot(
    weather.index,
    weather["rainfall"].rolling(30).mean(),
    color="tab:blue",
    label="rainfall (30-day mean)",
)
ax_rain.set_ylabel("rainfall (mm)")
# each Axes only knows its own lines: collect the handles of both before building the legend
handles, labels = ax.get_legend_handles_labels()
rain_handles, rain_labels = ax_rain.get_legend_handles_labels()
ax.legend(handles + rain_handles, labels + rain_labels, loc="upper left")
