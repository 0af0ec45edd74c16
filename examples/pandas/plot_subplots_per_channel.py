# /// example
# task = """
# Plot each channel of `sensor` (`sensor_a`, `sensor_b`, `sensor_c`) in its own panel with \
# `DataFrame.plot(subplots=True, sharex=True)`: three panels (one per column) stacked \
# vertically, each titled with its column name, and a figure title (suptitle). Keep the figure \
# in `fig` and the array of Axes in `axes`."""
# prompt = """
# With pandas' plotting, draw each column of `sensor` (`sensor_a`, `sensor_b`, `sensor_c`) in its \
# own panel, three panels stacked vertically and sharing the date axis; title each panel with its \
# column name and give the whole figure a title. Keep the figure in `fig` and the Axes array in \
# `axes`."""
# domain = 'visualization'
# libraries = ['pandas', 'matplotlib']
# inputs = { sensor = 'sensor' }
# checks = [
#     'figure_summary(fig).n_axes == 3 and len(np.ravel(axes)) == 3',
#     'figure_summary(fig).titles == ["sensor_a", "sensor_b", "sensor_c"]',
#     'all(len(panel.lines_xy) == 1 and np.allclose(panel.lines_xy[0][:, 1], sensor[column]) for panel, column in zip(figure_summary(fig).axes, ["sensor_a", "sensor_b", "sensor_c"]))',
#     'figure_summary(fig).suptitle != ""',
#     # the panels sit one above the other
#     'len({round(ax.get_position().x0, 3) for ax in np.ravel(axes)}) == 1',
#     'figure_summary(fig).axes[0].shares_x',
# ]
# difficulty = 'basic'
# tags = ['subplots', 'line-plot', 'time-series']
# edge_cases = true
# ///
channels = ["sensor_a", "sensor_b", "sensor_c"]
axes = sensor[channels].plot(
    # layout=(3, 1) stacks the panels; legend=False because each title names its channel
    subplots=True,
    sharex=True,
    layout=(3, 1),
    figsize=(8, 7),
    legend=False,
    title=channels,
)
fig = axes[0, 0].get_figure()
fig.suptitle("Sensor channels")
