# /// example
# task = """
# Build a `seaborn.JointGrid` for `temperature` (y) against `elevation_m` (x) of the table \
# `stations` whose joint axes are 3 times as tall as the marginal axes (`ratio=3`), with no gap \
# between them (`space=0`) and tick labels on the marginal count axes (`marginal_ticks=True`). \
# Draw a scatter in the joint axes and 8-bin histograms on the margins. Keep the grid in `g`."""
# prompt = """
# I'd like a seaborn `JointGrid` of `temperature` vs `elevation_m` from `stations` with bigger \
# marginals than the default: joint axes only 3 times the margin size (`ratio=3`), margins \
# glued to the joint axes (`space=0`), and count ticks shown on the margins \
# (`marginal_ticks=True`). Scatter in the middle, 8-bin histograms on the sides. Keep the grid \
# as `g`."""
# domain = 'visualization'
# libraries = ['seaborn', 'numpy']
# inputs = { stations = 'stations' }
# checks = [
#     'np.isclose(g.ax_joint.get_position().height / g.ax_marg_x.get_position().height, 3) and np.isclose(g.ax_joint.get_position().width / g.ax_marg_y.get_position().width, 3)',
#     # no gap: the top margin starts where the joint axes end
#     'np.isclose(g.ax_marg_x.get_position().y0, g.ax_joint.get_position().y1) and np.isclose(g.ax_marg_y.get_position().x0, g.ax_joint.get_position().x1)',
#     # count tick labels shown on both margins
#     'all(len(labels) > 0 and all(t.get_visible() for t in labels) for labels in [g.ax_marg_x.get_yticklabels(), g.ax_marg_y.get_xticklabels()])',
#     'np.allclose(axes_summary(g.ax_joint).scatter_xy[0], stations[["elevation_m", "temperature"]].to_numpy())',
#     'np.array_equal(np.concatenate(axes_summary(g.ax_marg_x).bar_heights), np.histogram(stations["elevation_m"], bins=8)[0]) and np.array_equal(np.concatenate(axes_summary(g.ax_marg_y).bar_heights), np.histogram(stations["temperature"], bins=8)[0])',
# ]
# difficulty = 'intermediate'
# tags = ['scatter-plot', 'histogram', 'subplots']
# edge_cases = true
# ///
import seaborn as sns

# ratio is joint size : margin size; marginal_ticks shows the counts on the margins
g = sns.JointGrid(
    data=stations, x="elevation_m", y="temperature", height=3, ratio=3, space=0, marginal_ticks=True
)
g.plot_joint(sns.scatterplot, s=15)
g.plot_marginals(sns.histplot, bins=8)
