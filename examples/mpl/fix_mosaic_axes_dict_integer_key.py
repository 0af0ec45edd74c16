# /// example
# task = """
# This code should draw the three channels of `sensor` (DatetimeIndex) in the figure `fig`: \
# `sensor_a` as a line across the whole top row, `sensor_b` bottom left and `sensor_c` bottom \
# right, each panel titled with its channel name and its y axis labelled, but it raises an error:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, axd = plt.subplot_mosaic([["a", "a"], ["b", "c"]], figsize=(9, 6), layout="constrained")
# for i, column in enumerate(["sensor_a", "sensor_b", "sensor_c"]):
#     axd[i].plot(sensor.index, sensor[column])
#     axd[i].set(title=column, ylabel="reading")
# ```
#
# ```text
# KeyError: 0
# ```
#
# Fix it."""
# prompt = """
# I'm laying out my three `sensor` channels with a mosaic in `fig`: `sensor_a` spanning the top \
# row, `sensor_b` bottom left, `sensor_c` bottom right, each panel titled with the channel name \
# and with a y label. It crashes straight away:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, axd = plt.subplot_mosaic([["a", "a"], ["b", "c"]], figsize=(9, 6), layout="constrained")
# for i, column in enumerate(["sensor_a", "sensor_b", "sensor_c"]):
#     axd[i].plot(sensor.index, sensor[column])
#     axd[i].set(title=column, ylabel="reading")
# ```
#
# ```text
# KeyError: 0
# ```
#
# What am I doing wrong?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'len(fig.axes) == 3 and sorted(a.get_title() for a in fig.axes) == ["sensor_a", "sensor_b", "sensor_c"]',
#     'all(np.allclose(axes_summary(a).lines_xy[0], np.column_stack([matplotlib.dates.date2num(sensor.index), sensor[a.get_title()].to_numpy()]), equal_nan=True) for a in fig.axes)',
#     # where each channel sits in the 2 x 2 grid: (rows, columns) it spans
#     '{a.get_title(): (a.get_subplotspec().rowspan, a.get_subplotspec().colspan) for a in fig.axes} == {"sensor_a": (range(0, 1), range(0, 2)), "sensor_b": (range(1, 2), range(0, 1)), "sensor_c": (range(1, 2), range(1, 2))}',
#     'all(a.get_ylabel() != "" for a in fig.axes)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'subplots', 'line-plot', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

# subplot_mosaic returns a dict keyed by the mosaic labels, not by position: name the panels
# after the channels and index the dict with those names
fig, axd = plt.subplot_mosaic(
    [["sensor_a", "sensor_a"], ["sensor_b", "sensor_c"]], figsize=(9, 6), layout="constrained"
)
for column in ["sensor_a", "sensor_b", "sensor_c"]:
    axd[column].plot(sensor.index, sensor[column])
    axd[column].set(title=column, ylabel="reading")
