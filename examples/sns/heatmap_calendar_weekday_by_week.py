# /// example
# task = """
# Arrange the daily channel `sensor_a` of the DataFrame `sensor` (DatetimeIndex) as a calendar \
# grid `calendar`: rows are weekdays 0-6 (Monday first, all seven present), columns are ISO \
# year-weeks ("%G-W%V"), and draw it with seaborn `heatmap` on `fig, ax` (weekday names "Mon", \
# "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" as row labels, "YlOrRd" colormap, colorbar labelled \
# "sensor_a"); missing days stay blank; label the x axis "ISO week" and add a title."""
# prompt = """
# My DataFrame `sensor` has a DatetimeIndex and a daily channel `sensor_a`. Arrange it as a \
# calendar grid `calendar` with weekdays 0-6 as rows (Monday first, all seven present even if \
# empty) and ISO year-weeks formatted "%G-W%V" as columns, and draw it as a seaborn heatmap on \
# `fig, ax` with row labels "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", the "YlOrRd" \
# colormap and a colorbar labelled "sensor_a". Missing days should stay blank; label the x axis \
# "ISO week" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     "calendar.shape == (7, sensor.index.strftime('%G-W%V').nunique())",
#     "np.isclose(np.nansum(calendar.to_numpy()), sensor['sensor_a'].sum())",
#     "np.ma.count(ax.collections[0].get_array()) == sensor['sensor_a'].notna().sum()",
#     "figure_summary(fig).axes[0].yticklabels == ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']",
#     "figure_summary(fig).axes[0].xlabel == 'ISO week' and figure_summary(fig).axes[0].title != ''",
#     "figure_summary(fig).colorbar_labels == ['sensor_a'] and ax.collections[0].get_cmap().name == 'YlOrRd'",
# ]
# difficulty = 'advanced'
# tags = ['heatmap', 'datetime', 'time-series', 'aggregation', 'reshaping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

calendar = (
    # %G is the ISO year that goes with %V: %Y would mislabel early-January days of week 52/53
    sensor.assign(week=sensor.index.strftime("%G-W%V"), weekday=sensor.index.day_of_week)
    .pivot_table(index="weekday", columns="week", values="sensor_a")
    .reindex(range(7))
)
fig, ax = plt.subplots(figsize=(10, 3))
sns.heatmap(
    calendar,
    cmap="YlOrRd",
    linewidths=0.5,
    yticklabels=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    cbar_kws={"label": "sensor_a"},
    ax=ax,
)
ax.tick_params(axis="x", labelrotation=90)
ax.set(xlabel="ISO week", ylabel="", title="Daily sensor_a readings")
