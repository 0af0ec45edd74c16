# /// example
# task = """
# `sensor` is a wide DataFrame: a DatetimeIndex and one column per channel (`sensor_a`, \
# `sensor_b`, `sensor_c`). This code should overlay the three channels' histograms in the figure \
# `fig`, one colour per channel, on 20 bins shared by all channels, but it raises an error:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots()
# sns.histplot(data=sensor, x="value", hue="channel", bins=20, ax=ax)
# ax.set(xlabel="reading", ylabel="days", title="Sensor readings")
# ```
#
# ```text
# ValueError: Could not interpret value `value` for `x`. An entry with this name does not appear in `data`.
# ```
#
# Fix it."""
# prompt = """
# I want the histograms of my three sensor channels on one Axes, coloured by channel, with the \
# same 20 bins for all of them, figure in `fig`. My table `sensor` has a date index and columns \
# `sensor_a`, `sensor_b`, `sensor_c`:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots()
# sns.histplot(data=sensor, x="value", hue="channel", bins=20, ax=ax)
# ax.set(xlabel="reading", ylabel="days", title="Sensor readings")
# ```
#
# ```text
# ValueError: Could not interpret value `value` for `x`. An entry with this name does not appear in `data`.
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { sensor = 'sensor' }
# checks = [
#     'len(figure_summary(fig).axes[0].bar_heights) == 3',
#     # each channel's counts on the 20 bins spanning all three channels' readings
#     '(lambda edges: sorted(h.tolist() for h in figure_summary(fig).axes[0].bar_heights) == sorted(np.histogram(sensor[c].dropna(), bins=edges)[0].astype(float).tolist() for c in ["sensor_a", "sensor_b", "sensor_c"]))(np.histogram_bin_edges(sensor[["sensor_a", "sensor_b", "sensor_c"]].stack().dropna(), bins=20))',
#     'sorted(figure_summary(fig).all_legend_labels) == ["sensor_a", "sensor_b", "sensor_c"]',
#     'figure_summary(fig).axes[0].xlabel == "reading" and figure_summary(fig).axes[0].title == "Sensor readings"',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'histogram', 'reshaping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots()
# the frame is wide: there is no "value" or "channel" column; without x, seaborn draws one hue per column
sns.histplot(data=sensor, bins=20, ax=ax)
ax.set(xlabel="reading", ylabel="days", title="Sensor readings")
