# /// example
# task = """
# Show where the weather stations of the table `stations` lie with a seaborn `jointplot` of \
# `kind="hist"`: a 2-D histogram of `lon` (x) against `lat` (y) with 12 bins on each axis in the \
# joint axes, and 12-bin histograms of each on the margins. Label the axes "longitude (°)" and \
# "latitude (°)". \
# Keep the grid in `g`."""
# prompt = """
# How are my `stations` spread over the globe? Give me a seaborn `jointplot`, histogram kind, of \
# `lat` against `lon` (lon on x): a 2-D histogram with 12 bins per axis in the middle and \
# 12-bin histograms on the margins. Label the axes "longitude (°)" and "latitude (°)". \
# Keep the grid as `g`."""
# domain = 'visualization'
# libraries = ['seaborn', 'numpy']
# inputs = { stations = 'stations' }
# checks = [
#     # the joint mesh holds the 2-D counts (empty cells are masked)
#     '(lambda counts, shown: np.array_equal(np.ma.filled(shown, 0).reshape(counts.shape), counts))(np.histogram2d(stations["lat"], stations["lon"], bins=12, range=[[stations["lat"].min(), stations["lat"].max()], [stations["lon"].min(), stations["lon"].max()]] if np.ptp(stations["lat"]) > 0 and np.ptp(stations["lon"]) > 0 else None)[0], g.ax_joint.collections[0].get_array()) if np.ptp(stations["lat"]) > 0 and np.ptp(stations["lon"]) > 0 else np.ma.filled(g.ax_joint.collections[0].get_array(), 0).sum() == len(stations)',
#     'np.array_equal(np.concatenate(axes_summary(g.ax_marg_x).bar_heights), np.histogram(stations["lon"], bins=12)[0])',
#     'np.array_equal(np.concatenate(axes_summary(g.ax_marg_y).bar_heights), np.histogram(stations["lat"], bins=12)[0])',
#     'g.ax_joint.get_xlabel() == "longitude (°)" and g.ax_joint.get_ylabel() == "latitude (°)"',
# ]
# difficulty = 'intermediate'
# tags = ['histogram', 'binning']
# edge_cases = true
# ///
import seaborn as sns

# bins= reaches only the joint 2-D histogram; the margins take theirs through marginal_kws
g = sns.jointplot(
    data=stations, x="lon", y="lat", kind="hist", bins=12, marginal_kws={"bins": 12}, height=3
)
g.set_axis_labels("longitude (°)", "latitude (°)")
