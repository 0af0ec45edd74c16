# /// example
# task = """
# This code should plot the channels `sensor_a`, `sensor_b` and `sensor_c` of `sensor` \
# (DatetimeIndex) as lines in the figure `fig` with Axes `ax`, coloured "#1b9e77", "#d95f02" and \
# "#7570b3" in that order and 2.5 points wide, through a temporary style so the global settings \
# stay untouched, but it raises an error:
#
# ```python
# import matplotlib as mpl
# import matplotlib.pyplot as plt
#
# house_style = {"axes.prop_cycle": ["#1b9e77", "#d95f02", "#7570b3"], "lines.linewidth": 2.5}
# with mpl.rc_context(house_style):
#     fig, ax = plt.subplots(figsize=(9, 4))
#     for column in ["sensor_a", "sensor_b", "sensor_c"]:
#         ax.plot(sensor.index, sensor[column], label=column)
#     ax.set(xlabel="date", ylabel="reading", title="Sensor channels")
#     ax.legend()
# ```
#
# ```text
# ValueError: Key axes.prop_cycle: Object is not a string or Cycler instance: ['#1b9e77', '#d95f02', '#7570b3']
# ```
#
# Fix it."""
# prompt = """
# I'm trying to apply our house colours temporarily: lines "#1b9e77", "#d95f02", "#7570b3" in \
# that order, 2.5 points wide, for the `sensor_a`, `sensor_b` and `sensor_c` channels of my \
# `sensor` frame, in `fig` / `ax`, without changing the global rcParams:
#
# ```python
# import matplotlib as mpl
# import matplotlib.pyplot as plt
#
# house_style = {"axes.prop_cycle": ["#1b9e77", "#d95f02", "#7570b3"], "lines.linewidth": 2.5}
# with mpl.rc_context(house_style):
#     fig, ax = plt.subplots(figsize=(9, 4))
#     for column in ["sensor_a", "sensor_b", "sensor_c"]:
#         ax.plot(sensor.index, sensor[column], label=column)
#     ax.set(xlabel="date", ylabel="reading", title="Sensor channels")
#     ax.legend()
# ```
#
# ```text
# ValueError: Key axes.prop_cycle: Object is not a string or Cycler instance: ['#1b9e77', '#d95f02', '#7570b3']
# ```
#
# How should the colour cycle be given?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     '[matplotlib.colors.to_hex(line.get_color()) for line in ax.lines] == ["#1b9e77", "#d95f02", "#7570b3"]',
#     'all(line.get_linewidth() == 2.5 for line in ax.lines)',
#     'all(np.allclose(xy, np.column_stack([matplotlib.dates.date2num(sensor.index), sensor[c].to_numpy()]), equal_nan=True) for xy, c in zip(figure_summary(fig).axes[0].lines_xy, ["sensor_a", "sensor_b", "sensor_c"])) and figure_summary(fig).axes[0].legend_labels == ["sensor_a", "sensor_b", "sensor_c"]',
#     # the style was temporary: the global cycle and width are back to their defaults
#     'matplotlib.rcParams["lines.linewidth"] == matplotlib.rcParamsDefault["lines.linewidth"] and matplotlib.rcParams["axes.prop_cycle"] == matplotlib.rcParamsDefault["axes.prop_cycle"]',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'styling', 'line-styles', 'time-series']
# edge_cases = true
# ///
import matplotlib as mpl
import matplotlib.pyplot as plt
from cycler import cycler

# axes.prop_cycle takes a Cycler of properties, not a bare list of colours
house_style = {
    "axes.prop_cycle": cycler(color=["#1b9e77", "#d95f02", "#7570b3"]),
    "lines.linewidth": 2.5,
}
with mpl.rc_context(house_style):
    fig, ax = plt.subplots(figsize=(9, 4))
    for column in ["sensor_a", "sensor_b", "sensor_c"]:
        ax.plot(sensor.index, sensor[column], label=column)
    ax.set(xlabel="date", ylabel="reading", title="Sensor channels")
    ax.legend()
