# /// example
# task = """
# Show the joint distribution of `temperature` and `pressure` in the DataFrame `measurements` \
# with their marginal distributions using seaborn `jointplot` (`kind="hex"`: hexagonal bins \
# (`gridsize=20`)); keep the grid in `g`, label the axes "Temperature" and "Pressure" with \
# `g.set_axis_labels` and add a figure title."""
# prompt = """
# Show the joint distribution of `temperature` and `pressure` from my DataFrame `measurements`, \
# with marginal distributions, as a seaborn joint plot with hexagonal bins (gridsize 20); keep \
# the grid in `g`, label the axes "Temperature" and "Pressure", and add a figure title."""
# domain = 'visualization'
# libraries = ['seaborn']
# inputs = { measurements = 'measurements' }
# checks = [
#     'set(g.figure.axes) == {g.ax_joint, g.ax_marg_x, g.ax_marg_y}',
#     'np.isclose(g.ax_joint.collections[0].get_array().sum(), len(measurements)) and len(g.ax_marg_x.patches) > 0 and len(g.ax_marg_y.patches) > 0',
#     "g.ax_joint.get_xlabel() == 'Temperature' and g.ax_joint.get_ylabel() == 'Pressure'",
#     "figure_summary(g.figure).suptitle != ''",
# ]
# difficulty = 'basic'
# tags = ['scatter-plot', 'bivariate', 'marginal-distributions', 'parameter-choice']
# family = 'sns.jointplot_kind'
# edge_cases = true
# ///
import seaborn as sns

# extra keywords such as gridsize go to the joint hexbin call, not to the marginal plots
g = sns.jointplot(
    data=measurements, x="temperature", y="pressure", kind="hex", height=5, gridsize=20
)
g.set_axis_labels("Temperature", "Pressure")
g.figure.suptitle("Temperature vs pressure (hex)", y=1.02)
