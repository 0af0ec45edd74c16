# /// example
# task = """
# Melt the wide DataFrame `sensor` (DatetimeIndex named `date`) into long form `long` (`date`, \
# `channel`, `reading`) and draw each channel in its own panel with the figure-level seaborn \
# `relplot` (`kind="line"`, two panels per row, independent y axes); keep the grid in `g`, set \
# axis labels "Date" and "Reading" with `g.set_axis_labels`, panel titles equal to the channel \
# names with `g.set_titles`, the date labels of the x axes rotated by 45 degrees, and the figure \
# title "Sensor channels"."""
# prompt = """
# Melt my wide DataFrame `sensor` (DatetimeIndex named `date`) into long form `long` with columns \
# `date`, `channel`, `reading`, and draw each channel as a line in its own panel using seaborn's \
# figure-level relational plot, two panels per row with independent y axes. Keep the grid in `g`, \
# set axis labels "Date" and "Reading", use the bare channel names as panel titles, rotate the \
# x-axis date labels by 45 degrees, and give the figure the title "Sensor channels"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'figure_summary(g.figure).n_axes == sensor.shape[1]',
#     'figure_summary(g.figure).titles == list(sensor.columns)',
#     'all(len(ax.lines[0].get_xdata()) == len(sensor) for ax in g.axes.flat)',
#     "figure_summary(g.figure).suptitle == 'Sensor channels'",
#     # independent y axes: no panel shares its y axis with another
#     'not any(a.shares_y for a in figure_summary(g.figure).axes)',
#     # only the x axes' date labels are turned
#     'all(t.get_rotation() == 45 for ax in g.axes.flat for t in ax.get_xticklabels()) and not any(t.get_rotation() for ax in g.axes.flat for t in ax.get_yticklabels())',
# ]
# difficulty = 'intermediate'
# tags = ['facets', 'time-series', 'reshaping']
# edge_cases = true
# ///
import seaborn as sns

long = sensor.reset_index().melt(id_vars="date", var_name="channel", value_name="reading")
g = sns.relplot(
    data=long,
    x="date",
    y="reading",
    col="channel",
    col_wrap=2,
    kind="line",
    height=2.5,
    aspect=1.6,
    # channels have different ranges, so each panel gets its own y scale
    facet_kws={"sharey": False},
)
g.set_axis_labels("Date", "Reading")
g.set_titles("{col_name}")
g.tick_params(axis="x", labelrotation=45)
g.figure.suptitle("Sensor channels", y=1.03)
