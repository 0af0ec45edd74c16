# /// example
# task = """
# `sensor` is a wide DataFrame with a DatetimeIndex and the channels `sensor_a`, `sensor_b`, \
# `sensor_c`. This code should stack the channels into a long table `long_readings` (columns \
# `date`, `value`, `channel`) and draw one line per channel over time with the seaborn objects \
# interface in the figure `fig`, but it raises an error:
#
# ```python
# import matplotlib.pyplot as plt
# import pandas as pd
# import seaborn.objects as so
#
# long_readings = pd.concat(
#     [pd.DataFrame({"date": sensor.index, "value": sensor[c].to_numpy(), "channel": c})
#      for c in ["sensor_a", "sensor_b", "sensor_c"]]
# )
# fig, ax = plt.subplots(figsize=(8, 3))
# (
#     so.Plot(long_readings, x="date", y="value", color="channel")
#     .add(so.Line())
#     .label(x="date", y="reading", color="channel", title="Sensor channels")
#     .on(ax)
#     .plot()
# )
# ```
#
# ```text
# ValueError: Must have equal len keys and value when setting with an iterable
# ```
#
# Fix it."""
# prompt = """
# I stack the three channels of my wide `sensor` table into a long frame `long_readings` \
# (`date`, `value`, `channel`) and plot one line per channel with seaborn.objects in `fig`, but \
# it fails with a confusing error:
#
# ```python
# import matplotlib.pyplot as plt
# import pandas as pd
# import seaborn.objects as so
#
# long_readings = pd.concat(
#     [pd.DataFrame({"date": sensor.index, "value": sensor[c].to_numpy(), "channel": c})
#      for c in ["sensor_a", "sensor_b", "sensor_c"]]
# )
# fig, ax = plt.subplots(figsize=(8, 3))
# (
#     so.Plot(long_readings, x="date", y="value", color="channel")
#     .add(so.Line())
#     .label(x="date", y="reading", color="channel", title="Sensor channels")
#     .on(ax)
#     .plot()
# )
# ```
#
# ```text
# ValueError: Must have equal len keys and value when setting with an iterable
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'len(long_readings) == 3 * len(sensor) and set(long_readings["channel"]) == {"sensor_a", "sensor_b", "sensor_c"}',
#     # one line per channel whose points are that channel's non-missing readings (dates as Matplotlib day numbers)
#     '(lambda lines: len(lines) == 3 and all(any(len(xy) == sensor[c].notna().sum() and np.allclose(xy[:, 1], sensor[c].dropna().to_numpy()) and np.allclose(xy[:, 0], matplotlib.dates.date2num(sensor[c].dropna().index)) for xy in lines) for c in ["sensor_a", "sensor_b", "sensor_c"] if sensor[c].notna().sum() > 0))(figure_summary(fig).axes[0].lines_xy)',
#     'figure_summary(fig).axes[0].title == "Sensor channels"',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'line-plot', 'reshaping', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import pandas as pd
import seaborn.objects as so

# each piece keeps its own 0..n-1 index, so labels repeat after concat and seaborn.objects
# cannot align the columns by label; ignore_index=True numbers the rows afresh
long_readings = pd.concat(
    [
        pd.DataFrame({"date": sensor.index, "value": sensor[c].to_numpy(), "channel": c})
        for c in ["sensor_a", "sensor_b", "sensor_c"]
    ],
    ignore_index=True,
)
fig, ax = plt.subplots(figsize=(8, 3))
(
    so.Plot(long_readings, x="date", y="value", color="channel")
    .add(so.Line())
    .label(x="date", y="reading", color="channel", title="Sensor channels")
    .on(ax)
    .plot()
)
