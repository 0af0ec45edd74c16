# /// example
# task = """
# With a `seaborn.PairGrid` over the table `measurements`, put `temperature` on the y axis of a \
# single row of panels against `pressure`, `humidity` and `wind_speed` on x (`x_vars` and \
# `y_vars`), and draw each panel with `regplot` (straight-line fit, no confidence band). Keep \
# the grid in `g`."""
# prompt = """
# How does `temperature` in my `measurements` table relate to each of the other three columns? \
# I'd like one row of three panels, temperature on y and `pressure`, `humidity`, `wind_speed` \
# on x, via a seaborn `PairGrid` with `x_vars`/`y_vars`, each panel a regression plot with its \
# fitted line but no confidence band. Keep the grid as `g`."""
# domain = 'visualization'
# libraries = ['seaborn', 'numpy']
# inputs = { measurements = 'measurements' }
# checks = [
#     'g.axes.shape == (1, len(g.x_vars)) and g.x_vars == ["pressure", "humidity", "wind_speed"] and g.y_vars == ["temperature"]',
#     'all(np.allclose(axes_summary(ax).scatter_xy[0], measurements[[c, "temperature"]].to_numpy()) for ax, c in zip(g.axes[0], ["pressure", "humidity", "wind_speed"]))',
#     # each line is the least-squares fit of temperature on that column (undefined for a constant column)
#     'all(np.ptp(measurements[c]) == 0 or (lambda xy: np.allclose(xy[:, 1], np.polyval(np.polyfit(measurements[c], measurements["temperature"], 1), xy[:, 0]), atol=1e-6 * (1 + np.abs(measurements["temperature"]).max())))(axes_summary(ax).lines_xy[0]) for ax, c in zip(g.axes[0], ["pressure", "humidity", "wind_speed"]))',
#     'all(axes_summary(ax).n_collections == 1 for ax in g.axes[0])',
# ]
# difficulty = 'intermediate'
# tags = ['regression', 'correlation', 'scatter-plot']
# edge_cases = true
# ///
import seaborn as sns

g = sns.PairGrid(
    measurements, x_vars=["pressure", "humidity", "wind_speed"], y_vars=["temperature"], height=2
)
# ci=None skips the bootstrap band around each fitted line
g.map(sns.regplot, ci=None, scatter_kws={"s": 10})
