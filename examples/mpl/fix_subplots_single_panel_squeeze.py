# /// example
# task = """
# This code draws one stacked panel per channel named in `channels` from the table `sensor` \
# (shared x axis, each panel titled with its channel) into `fig, axes`. It works for several \
# channels but fails when only one is selected:
#
# ```python
# import matplotlib.pyplot as plt
#
# channels = ["sensor_b"]
# fig, axes = plt.subplots(len(channels), 1, sharex=True)
# for ax, channel in zip(axes, channels):
#     ax.plot(sensor.index, sensor[channel])
#     ax.set(title=channel, ylabel="reading")
# axes[-1].set_xlabel("date")
# ```
#
# ```text
# TypeError: 'Axes' object is not iterable
# ```
#
# Fix it so the same code works for any number of channels, with `axes` always a 1-D array of \
# Axes, one per channel."""
# prompt = """
# My panel-per-channel plot of `sensor` crashes when the list `channels` has a single entry:
#
# ```python
# import matplotlib.pyplot as plt
#
# channels = ["sensor_b"]
# fig, axes = plt.subplots(len(channels), 1, sharex=True)
# for ax, channel in zip(axes, channels):
#     ax.plot(sensor.index, sensor[channel])
#     ax.set(title=channel, ylabel="reading")
# axes[-1].set_xlabel("date")
# ```
#
# ```text
# TypeError: 'Axes' object is not iterable
# ```
#
# I want `axes` on `fig` to always be a 1-D array with one Axes per channel, whatever the \
# length of `channels`."""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas', 'numpy']
# inputs = { sensor = 'sensor' }
# checks = [
#     'isinstance(axes, np.ndarray) and axes.shape == (len(channels),) and list(channels) == ["sensor_b"]',
#     'figure_summary(fig).titles == ["sensor_b"] and np.allclose(figure_summary(fig).axes[0].lines_xy[0][:, 1], sensor["sensor_b"].to_numpy(), equal_nan=True)',
#     'figure_summary(fig).axes[-1].xlabel == "date"',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'subplots', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

channels = ["sensor_b"]
# squeeze=False always returns a 2-D grid; its single column is the 1-D array we want
fig, grid = plt.subplots(len(channels), 1, sharex=True, squeeze=False)
axes = grid[:, 0]
for ax, channel in zip(axes, channels, strict=True):
    ax.plot(sensor.index, sensor[channel])
    ax.set(title=channel, ylabel="reading")
axes[-1].set_xlabel("date")
