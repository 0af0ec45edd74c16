# /// example
# task = """
# From the daily `weather` frame (DatetimeIndex, columns `temperature` and `rainfall`) build \
# one figure `fig` of three panels on a 2 x 2 grid whose top row is twice as tall as the bottom row: the \
# temperature as a line across the whole top row, and below it a 20-bin histogram of \
# `temperature` (left) and a 20-bin histogram of `rainfall` (right). Label every panel's axes \
# and give each a title."""
# prompt = """
# I'd like a one-page overview of my daily `weather` data in `fig`, three panels: the `temperature` line over \
# the year across the full width on top, and underneath two 20-bin histograms side by side, \
# `temperature` on the left and `rainfall` on the right. The top row should be twice the height \
# of the bottom one (a 2 x 2 grid where the line spans both columns). Please label all axes and \
# title each panel."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'len(fig.axes) == 3',
#     # the line panel spans both columns of the first row; the histograms take one cell each
#     'sorted((s.rowspan.start, s.rowspan.stop, s.colspan.start, s.colspan.stop, len(a.lines) > 0) for a in fig.axes for s in [a.get_subplotspec()]) == [(0, 1, 0, 2, True), (1, 2, 0, 1, False), (1, 2, 1, 2, False)]',
#     # any ratios with the top row twice the bottom one ([2, 1], [1, 0.5], ...)
#     'all((lambda r: r is not None and len(r) == 2 and np.isclose(r[0], 2 * r[1]))(a.get_gridspec().get_height_ratios()) for a in fig.axes)',
#     '(lambda top: np.allclose(axes_summary(top).lines_xy[0], np.column_stack([matplotlib.dates.date2num(weather.index), weather["temperature"].to_numpy()]), equal_nan=True))([a for a in fig.axes if a.lines][0])',
#     '(lambda left, right: np.allclose(axes_summary(left).bar_heights[0], np.histogram(weather["temperature"].dropna(), bins=20)[0]) and np.allclose(axes_summary(right).bar_heights[0], np.histogram(weather["rainfall"].dropna(), bins=20)[0]))(*sorted([a for a in fig.axes if not a.lines], key=lambda a: a.get_subplotspec().colspan.start))',
#     'all(a.get_xlabel() != "" and a.get_ylabel() != "" and a.get_title() != "" for a in fig.axes)',
# ]
# difficulty = 'basic'
# tags = ['subplots', 'line-plot', 'histogram', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig = plt.figure(figsize=(9, 6), layout="constrained")
# height_ratios=[2, 1] makes the top row twice as tall as the bottom one
grid = fig.add_gridspec(2, 2, height_ratios=[2, 1])

ax_line = fig.add_subplot(grid[0, :])
ax_line.plot(weather.index, weather["temperature"])
ax_line.set(xlabel="date", ylabel="temperature (deg C)", title="Daily temperature")

ax_temp = fig.add_subplot(grid[1, 0])
ax_temp.hist(weather["temperature"].dropna(), bins=20)
ax_temp.set(xlabel="temperature (deg C)", ylabel="days", title="Temperature distribution")

ax_rain = fig.add_subplot(grid[1, 1])
ax_rain.hist(weather["rainfall"].dropna(), bins=20)
ax_rain.set(xlabel="rainfall (mm)", ylabel="days", title="Rainfall distribution")
