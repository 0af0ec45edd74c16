# /// example
# task = """
# From the long repeated-measures table `rm_long` (`subject`, `condition`, `time`, `score`), draw \
# with seaborn's figure-level `catplot` (`kind="point"`) the mean `score` per `condition`, one \
# panel per `time`, with the conditions along x in the order "high", "low", "control" and no \
# error bars. Label the axes "condition" (x) and "mean score" (y). \
# Keep the grid in `g`."""
# prompt = """
# Using my `rm_long` table, I'd like one small panel per `time` point showing the mean `score` \
# of each `condition` as a point plot (seaborn `catplot`, point kind), conditions ordered \
# "high", "low", "control" left to right and no error bars at all. Label the axes "condition" \
# (x) and "mean score" (y). \
# Keep the grid as `g`."""
# domain = 'visualization'
# libraries = ['seaborn', 'pandas', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'sorted(g.axes_dict) == sorted(rm_long["time"].unique())',
#     # each panel's connected points are that time's condition means, in the requested order
#     'all(np.allclose(axes_summary(ax).lines_xy[0][:, 1], rm_long[rm_long["time"] == t].groupby("condition", observed=True)["score"].mean().reindex(["high", "low", "control"]).to_numpy()) for t, ax in g.axes_dict.items())',
#     'all([tick.get_text() for tick in ax.get_xticklabels()] == ["high", "low", "control"] for ax in g.axes.flat)',
#     # no error bars: the mean line is the only line in each panel
#     'all(axes_summary(ax).n_lines == 1 for ax in g.axes.flat)',
#     'any(ax.get_xlabel() == "condition" for ax in g.axes.flat) and any(ax.get_ylabel() == "mean score" for ax in g.axes.flat)',
# ]
# difficulty = 'basic'
# tags = ['facets', 'categorical', 'aggregation']
# edge_cases = true
# ///
import seaborn as sns

# errorbar=None skips the bootstrap confidence intervals entirely
g = sns.catplot(
    data=rm_long,
    x="condition",
    y="score",
    col="time",
    kind="point",
    order=["high", "low", "control"],
    errorbar=None,
    height=2,
)
g.set_axis_labels("condition", "mean score")
