# /// example
# task = """
# With `seaborn.JointGrid`, plot station `temperature` against `lat` from the table `stations`: \
# a scatter plot in the joint Axes and 15-bin histograms in the margins, then \
# dashed reference lines at the equator (`lat` 0) and at the mean temperature with \
# `grid.refline(...)`. Label the axes "latitude (deg)" and "temperature (C)" with \
# `grid.set_axis_labels`, and keep the grid in `grid`."""
# prompt = """
# I'd like a joint plot of `temperature` vs `lat` for my `stations` table built with seaborn's \
# JointGrid: scatter in the middle, histograms with 15 bins on the sides, plus reference lines at \
# latitude 0 (the equator) and at the average temperature. Axis labels "latitude (deg)" and \
# "temperature (C)". Keep the grid object in `grid`."""
# domain = 'visualization'
# libraries = ['seaborn', 'numpy']
# inputs = { stations = 'stations' }
# checks = [
#     'np.allclose(axes_summary(grid.ax_joint).scatter_xy[0], stations[["lat", "temperature"]].to_numpy())',
#     # the margins hold the 15-bin counts of each variable (the y margin's bars are horizontal)
#     'np.array_equal(np.concatenate(axes_summary(grid.ax_marg_x).bar_heights), np.histogram(stations["lat"], bins=15)[0])',
#     'np.array_equal(np.concatenate(axes_summary(grid.ax_marg_y).bar_heights), np.histogram(stations["temperature"], bins=15)[0])',
#     # a vertical line at lat 0 and a horizontal one at the mean temperature in the joint Axes
#     'any(np.allclose(xy[:, 0], 0) for xy in axes_summary(grid.ax_joint).lines_xy) and any(np.allclose(xy[:, 1], stations["temperature"].mean()) for xy in axes_summary(grid.ax_joint).lines_xy)',
#     'grid.ax_joint.get_xlabel() == "latitude (deg)" and grid.ax_joint.get_ylabel() == "temperature (C)"',
# ]
# difficulty = 'intermediate'
# tags = ['marginal-distributions', 'scatter-plot', 'histogram', 'annotation']
# edge_cases = true
# ///
import seaborn as sns

grid = sns.JointGrid(data=stations, x="lat", y="temperature", height=5)
grid.plot_joint(sns.scatterplot)
grid.plot_marginals(sns.histplot, bins=15)
# refline draws across the joint Axes and the matching marginal Axes
grid.refline(x=0, y=stations["temperature"].mean())
grid.set_axis_labels("latitude (deg)", "temperature (C)")
