# /// example
# task = """
# `sensor` is a wide DataFrame with a DatetimeIndex named `date` and the channels `sensor_a`, \
# `sensor_b`, `sensor_c`, on different scales. Reshape it into a long table `readings` (columns \
# `date`, `channel`, `value`) and with the seaborn objects interface draw one line per channel, \
# each rescaled to percent of that channel's own maximum (`so.Line()` with \
# `so.Norm("max", percent=True)`). Label the axes "date" and "% of channel maximum", the legend \
# "channel", add a title, and draw it onto `fig, ax` with `.on(ax)`."""
# prompt = """
# My three sensor channels in the wide table `sensor` (date index, columns `sensor_a`, \
# `sensor_b`, `sensor_c`) have very different ranges, so I want to compare their shapes: put \
# them in long form as `readings` (`date`, `channel`, `value`) and plot each channel as a line in \
# percent of its own maximum, using seaborn.objects (a Norm move). Axis labels "date" and \
# "% of channel maximum", legend title "channel", a title, on my `fig, ax`."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'set(readings.columns) >= {"date", "channel", "value"}',
#     'len(readings) == 3 * len(sensor)',
#     # each drawn line is one channel divided by its maximum, times 100, against the dates
#     '(lambda lines: all(any(len(xy) == s.notna().sum() and np.allclose(xy[:, 1], 100 * s.dropna().to_numpy() / s.max()) and np.allclose(xy[:, 0], matplotlib.dates.date2num(s.dropna().index)) for xy in lines) for s in (sensor[c] for c in ["sensor_a", "sensor_b", "sensor_c"]) if s.notna().any() and s.max() != 0))(figure_summary(fig).axes[0].lines_xy)',
#     'figure_summary(fig).axes[0].ylabel == "% of channel maximum" and figure_summary(fig).axes[0].xlabel == "date"',
# ]
# difficulty = 'intermediate'
# tags = ['line-plot', 'reshaping', 'time-series', 'standardization']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

readings = (
    sensor[["sensor_a", "sensor_b", "sensor_c"]]
    .rename_axis("date")
    .reset_index()
    .melt(id_vars="date", var_name="channel", value_name="value")
)
fig, ax = plt.subplots(figsize=(8, 3))
(
    so.Plot(readings, x="date", y="value", color="channel")
    # Norm divides each channel's values by that channel's maximum; percent=True scales to 100
    .add(so.Line(), so.Norm("max", percent=True))
    .label(x="date", y="% of channel maximum", color="channel", title="Sensor channels, scaled")
    .on(ax)
    .plot()
)
