# /// example
# task = """
# Reshape the time-indexed DataFrame `sensor` (one column per channel) to long form with columns \
# `date`, `channel` and `reading`, and with the seaborn objects interface (`seaborn.objects`) draw \
# each channel's readings over time as a line (`so.Line()`) in its own panel, the panels wrapped \
# two per row with `.facet("channel", wrap=2)` and each panel keeping its own y range \
# (`.share(y=False)`); label the axes "Date" and "Reading" through `.label(...)` and draw it onto \
# the figure `fig` with `.on(fig)`, then give the figure the title "Sensor channels"."""
# prompt = """
# With seaborn's objects interface, give each channel of my time-indexed DataFrame `sensor` its \
# own small line plot of the reading over time: melt it to long form (`date`, `channel`, \
# `reading`), facet by channel wrapping two panels per row, and let every panel use its own y \
# range since the channels have different levels. Label the axes "Date" and "Reading", draw onto \
# a Matplotlib figure `fig`, and title the figure "Sensor channels"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'sorted(figure_summary(fig).titles) == sorted(sensor.columns)',
#     # each panel's line is its channel's series in date order
#     "all(np.allclose(a.lines_xy[0], np.column_stack([matplotlib.dates.date2num(sensor.index), sensor[a.title]])[np.argsort(sensor.index.to_numpy(), kind='stable')]) for a in figure_summary(fig).axes)",
#     # wrapped two per row: the third panel starts a new row
#     'fig.axes[2].get_position().y1 < fig.axes[0].get_position().y0',
#     'not any(a.shares_y for a in figure_summary(fig).axes)',
#     "figure_summary(fig).suptitle == 'Sensor channels' and figure_summary(fig).axes[2].xlabel == 'Date' and figure_summary(fig).axes[0].ylabel == 'Reading'",
# ]
# difficulty = 'intermediate'
# tags = ['facets', 'line-plot', 'reshaping', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

long = (
    sensor.rename_axis("date")
    .reset_index()
    .melt(id_vars="date", var_name="channel", value_name="reading")
)

fig = plt.figure(figsize=(9, 6))
(
    so.Plot(long, x="date", y="reading")
    .add(so.Line())
    # wrap=2 fills two panels per row; share(y=False) frees each channel's y range
    .facet("channel", wrap=2)
    .share(y=False)
    .label(x="Date", y="Reading")
    .on(fig)
    .plot()
)
fig.suptitle("Sensor channels")
