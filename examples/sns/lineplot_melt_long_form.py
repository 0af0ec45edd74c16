# /// example
# task = """
# Reshape the wide DataFrame `sensor` (DatetimeIndex named `date`) into a long DataFrame `long` \
# with columns `date`, `channel` and `reading` using `melt`, then draw one line per channel with \
# seaborn `lineplot` (hue and style both `channel`) on `fig, ax`; rotate the date labels of the \
# x axis by 30 degrees, label the axes, title the plot and put the legend title "Channel"."""
# prompt = """
# Reshape my wide DataFrame `sensor` (its DatetimeIndex is named `date`) into a long DataFrame \
# `long` with exactly the columns `date`, `channel` and `reading`, then draw one line per channel \
# with seaborn on `fig, ax`, varying both colour and line style by `channel`. Rotate the x-axis \
# date labels by 30 degrees, label the axes, add a title and give the legend the title "Channel"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     "list(long.columns) == ['date', 'channel', 'reading'] and len(long) == sensor.size",
#     "set(long['channel']) == set(sensor.columns)",
#     'sorted(figure_summary(fig).axes[0].legend_labels) == sorted(sensor.columns)',
#     "ax.get_legend().get_title().get_text() == 'Channel'",
#     # only the x axis's date labels are turned
#     'all(t.get_rotation() == 30 for t in ax.get_xticklabels()) and not any(t.get_rotation() for t in ax.get_yticklabels())',
# ]
# difficulty = 'intermediate'
# tags = ['line-plot', 'reshaping', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

# long form gives one channel column that hue and style can both map
long = sensor.reset_index().melt(id_vars="date", var_name="channel", value_name="reading")
fig, ax = plt.subplots(figsize=(8, 4))
sns.lineplot(data=long, x="date", y="reading", hue="channel", style="channel", ax=ax)
ax.tick_params(axis="x", labelrotation=30)
ax.set(xlabel="Date", ylabel="Reading", title="Sensor readings (long form)")
ax.get_legend().set_title("Channel")
