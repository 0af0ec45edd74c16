# /// example
# task = """
# Draw a seaborn `jointplot` with `kind="reg"` of `temperature` against `elevation_m` from the \
# table `stations`: the scatter with its least-squares line and no confidence band in the joint \
# axes, and plain 10-bin histograms (no density curve) on both margins. Label the axes \
# "elevation (m)" and "temperature (°C)". \
# Keep the grid in `g`."""
# prompt = """
# For my weather `stations` table, show `temperature` against `elevation_m` as a seaborn \
# `jointplot` of the regression kind: points plus the fitted line without a confidence band, and \
# simple histograms with 10 bins on the margins, no KDE curves. Label the axes "elevation (m)" \
# and "temperature (°C)". \
# Keep the grid as `g`."""
# domain = 'visualization'
# libraries = ['seaborn', 'numpy']
# inputs = { stations = 'stations' }
# checks = [
#     'np.allclose(axes_summary(g.ax_joint).scatter_xy[0], stations[["elevation_m", "temperature"]].to_numpy())',
#     # the joint line is the least-squares fit (undefined when every station has the same elevation)
#     'np.ptp(stations["elevation_m"]) == 0 or (lambda xy: np.allclose(xy[:, 1], np.polyval(np.polyfit(stations["elevation_m"], stations["temperature"], 1), xy[:, 0])))(axes_summary(g.ax_joint).lines_xy[0])',
#     'np.array_equal(np.concatenate(axes_summary(g.ax_marg_x).bar_heights), np.histogram(stations["elevation_m"], bins=10)[0])',
#     'np.array_equal(np.concatenate(axes_summary(g.ax_marg_y).bar_heights), np.histogram(stations["temperature"], bins=10)[0])',
#     # no confidence band and no density curves on the margins
#     'axes_summary(g.ax_joint).n_collections == 1 and axes_summary(g.ax_marg_x).n_lines == 0 and axes_summary(g.ax_marg_y).n_lines == 0',
#     'g.ax_joint.get_xlabel() == "elevation (m)" and g.ax_joint.get_ylabel() == "temperature (°C)"',
# ]
# difficulty = 'intermediate'
# tags = ['regression', 'scatter-plot', 'histogram']
# edge_cases = true
# ///
import seaborn as sns

g = sns.jointplot(
    data=stations,
    x="elevation_m",
    y="temperature",
    kind="reg",
    height=4,
    # ci=None drops the bootstrapped band; kde=False keeps the margins as plain histograms
    joint_kws={"ci": None},
    marginal_kws={"bins": 10, "kde": False},
)
g.set_axis_labels("elevation (m)", "temperature (°C)")
