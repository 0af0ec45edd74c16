# /// example
# task = """
# Reshape the wide DataFrame `sensor` (DatetimeIndex named `date`) into a long DataFrame `long` \
# with columns `date`, `channel` and `reading` using `melt`, then draw one line per channel with \
# seaborn `lineplot` (hue and style both `channel`) on `fig, ax`; label the axes, title the plot \
# and put the legend title "Channel"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     "list(long.columns) == ['date', 'channel', 'reading'] and len(long) == sensor.size",
#     "set(long['channel']) == set(sensor.columns)",
#     'sorted(figure_summary(fig).axes[0].legend_labels) == sorted(sensor.columns)',
#     "ax.get_legend().get_title().get_text() == 'Channel'",
# ]
# difficulty = 'intermediate'
# tags = ['lineplot', 'melt', 'long-form', 'timeseries']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

long = sensor.reset_index().melt(id_vars="date", var_name="channel", value_name="reading")
fig, ax = plt.subplots(figsize=(8, 4))
sns.lineplot(data=long, x="date", y="reading", hue="channel", style="channel", ax=ax)
ax.tick_params(axis="x", labelrotation=30)
ax.set(xlabel="Date", ylabel="Reading", title="Sensor readings (long form)")
ax.get_legend().set_title("Channel")
