# /// example
# task = """
# The table `sensor` holds daily readings of `sensor_a`, `sensor_b` and `sensor_c` on a \
# DatetimeIndex. Resample it to weekly means (weeks ending on Sunday, pandas' "W"), reshape to \
# long form and draw the weekly means with seaborn's `relplot` (`kind="line"`), one panel per \
# sensor, two panels per row, each panel titled with the bare sensor name. Rotate the x tick \
# labels (only those) by 45 degrees. \
# Keep the long table in \
# `weekly` (columns `date`, `sensor`, `value`) and the grid in `g`."""
# prompt = """
# My `sensor` DataFrame has daily `sensor_a`, `sensor_b`, `sensor_c` columns on a date index. \
# I'd like weekly means (pandas "W" weeks) as a long table `weekly` with columns `date`, \
# `sensor`, `value`, then a seaborn `relplot` line chart with one panel per sensor, wrapped two \
# per row and titled just "sensor_a" etc. Rotate the x tick labels (only those) by 45 degrees. \
# Keep the grid as `g`."""
# domain = 'visualization'
# libraries = ['seaborn', 'pandas', 'numpy', 'matplotlib']
# inputs = { sensor = 'sensor' }
# checks = [
#     '(lambda expected: np.allclose(weekly.set_index(["date", "sensor"])["value"].reindex(expected.index).to_numpy(), expected.to_numpy(), equal_nan=True))(sensor.sort_index().resample("W").mean().stack())',
#     '[ax.get_title() for ax in g.axes.flat] == ["sensor_a", "sensor_b", "sensor_c"]',
#     # each panel's line runs through that sensor's weekly means, dates as Matplotlib date numbers
#     'all((lambda means: np.allclose(axes_summary(ax).lines_xy[0], np.column_stack([matplotlib.dates.date2num(means.index), means.to_numpy()])))(sensor.sort_index().resample("W")[col].mean().dropna()) for col, ax in g.axes_dict.items())',
#     'len({round(ax.get_position().y0, 3) for ax in g.axes.flat}) == 2',
#     'all(all(t.get_rotation() == 45 for t in ax.get_xticklabels()) and all(t.get_rotation() == 0 for t in ax.get_yticklabels()) for ax in g.axes.flat)',
# ]
# difficulty = 'intermediate'
# tags = ['time-series', 'resampling', 'reshaping', 'facets']
# edge_cases = true
# ///
import seaborn as sns

weekly = (
    sensor.sort_index()
    .resample("W")
    .mean()
    .rename_axis("date")
    .reset_index()
    .melt(id_vars="date", var_name="sensor", value_name="value")
)
# col_wrap=2 puts the third sensor on a second row
g = sns.relplot(
    data=weekly, x="date", y="value", col="sensor", col_wrap=2, kind="line", height=2, aspect=1.5
)
g.set_titles("{col_name}")
g.tick_params(axis="x", labelrotation=45)
