# /// example
# task = """
# This code should compare the joint distribution of `lat` and `temperature` of northern and \
# southern stations in the table `stations` (a `hemisphere` column, "north" for `lat >= 0`, \
# "south" otherwise) in one seaborn `jointplot` coloured by hemisphere, keeping the grid in `g`, \
# but it raises an error:
#
# ```python
# import numpy as np
# import seaborn as sns
#
# stations["hemisphere"] = np.where(stations["lat"] >= 0, "north", "south")
# g = sns.jointplot(data=stations, x="lat", y="temperature", hue="hemisphere", kind="hex", height=3)
# ```
#
# ```text
# ValueError: Use of `hue` with `kind='hex'` is not currently supported.
# ```
#
# Fix it with a scatter joint plot coloured by `hemisphere` (histograms on the margins), hue \
# order "north", "south"."""
# prompt = """
# I want one seaborn `jointplot` of `temperature` against `lat` for my `stations`, coloured by a \
# new `hemisphere` column ("north" when `lat >= 0`, else "south"), grid kept in `g`. My attempt:
#
# ```python
# import numpy as np
# import seaborn as sns
#
# stations["hemisphere"] = np.where(stations["lat"] >= 0, "north", "south")
# g = sns.jointplot(data=stations, x="lat", y="temperature", hue="hemisphere", kind="hex", height=3)
# ```
#
# ```text
# ValueError: Use of `hue` with `kind='hex'` is not currently supported.
# ```
#
# A scatter coloured by hemisphere is fine, with the legend order "north", "south"."""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'numpy']
# inputs = { stations = 'stations' }
# checks = [
#     'list(stations["hemisphere"]) == ["north" if v >= 0 else "south" for v in stations["lat"]]',
#     # all stations are drawn, each hemisphere in its own colour
#     'np.allclose(sorted(map(tuple, np.concatenate(axes_summary(g.ax_joint).scatter_xy))), sorted(map(tuple, stations[["lat", "temperature"]].to_numpy())))',
#     '(lambda offsets, colors, north: len({tuple(np.round(c, 3)) for c, keep in zip(colors, north) if keep}) <= 1 and len({tuple(np.round(c, 3)) for c, keep in zip(colors, north) if not keep}) <= 1 and not ({tuple(np.round(c, 3)) for c, keep in zip(colors, north) if keep} & {tuple(np.round(c, 3)) for c, keep in zip(colors, north) if not keep}))(*(lambda coll: (coll.get_offsets(), coll.get_facecolors() if len(coll.get_facecolors()) == len(coll.get_offsets()) else [coll.get_facecolors()[0]] * len(coll.get_offsets()), coll.get_offsets()[:, 0] >= 0))(g.ax_joint.collections[0]))',
#     '[t.get_text() for t in g.ax_joint.get_legend().texts] in (["north", "south"], [h for h in ["north", "south"] if (stations["hemisphere"] == h).any()])',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'scatter-plot', 'categorical']
# edge_cases = true
# ///
import numpy as np
import seaborn as sns

stations["hemisphere"] = np.where(stations["lat"] >= 0, "north", "south")
# hexbin cannot split by hue: draw a hue-coloured scatter with histogram margins instead
g = sns.JointGrid(
    data=stations,
    x="lat",
    y="temperature",
    hue="hemisphere",
    hue_order=["north", "south"],
    height=3,
)
g.plot(sns.scatterplot, sns.histplot)
