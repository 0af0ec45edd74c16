# /// example
# task = """
# Check a straight-line fit of the measured curve `x`, `y` (1-D arrays) with a \
# seaborn `jointplot` of `kind="resid"`: the joint axes show the residuals of the least-squares \
# line of y on x against x, with a zero reference line, and histograms of x and of the \
# residuals on the margins. Keep the grid in `g` and label the axes "x" and "residual"."""
# prompt = """
# I fitted a straight line to my measurements `y` against `x` and want to look at the \
# residuals, plus their distribution on the side. A seaborn `jointplot` of the residual kind \
# should do it: residual against x, margins as histograms. Axis labels "x" and "residual"; keep \
# the grid as `g`."""
# domain = 'visualization'
# libraries = ['seaborn', 'numpy']
# inputs = { x = 'line.x', y = 'line.y' }
# checks = [
#     # joint points: x and y minus the least-squares line
#     'np.allclose(axes_summary(g.ax_joint).scatter_xy[0], np.column_stack([x, y - np.polyval(np.polyfit(x, y, 1), x)]), atol=1e-6 * (1 + np.abs(y).max()))',
#     'any(np.allclose(xy[:, 1], 0) for xy in axes_summary(g.ax_joint).lines_xy)',
#     # the right-hand margin counts the residuals, not the raw y values
#     'int(np.concatenate(axes_summary(g.ax_marg_y).bar_heights).sum()) == len(y) and np.concatenate(axes_summary(g.ax_marg_y).bar_edges).min() <= (y - np.polyval(np.polyfit(x, y, 1), x)).min() + 1e-9 * (1 + np.abs(y).max())',
#     'g.ax_joint.get_xlabel() == "x" and g.ax_joint.get_ylabel() == "residual"',
# ]
# difficulty = 'intermediate'
# tags = ['residuals', 'regression', 'histogram']
# edge_cases = { min_size = 3, constant = false, why = "a straight-line fit needs at least three points with x varying" }
# ///
import seaborn as sns

# kind="resid" fits y on x (order 1) and plots what the line leaves unexplained
g = sns.jointplot(x=x, y=y, kind="resid", height=3)
g.set_axis_labels("x", "residual")
