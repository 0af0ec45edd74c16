# /// example
# task = """
# With seaborn's figure-level `displot`, draw a kernel density curve of `time` from the table \
# `survival` (`time`, `event`, `group`) in one panel per `group`, with a rug of the individual \
# times under each curve and the curve cut off at the smallest and largest time of its group \
# (`cut=0`). A group whose times are all equal has no density to estimate: draw its rug \
# without any warning. Label the axes "time (months)" (x) and "density" (y). \
# Keep the grid in `g`."""
# prompt = """
# Can you plot the distribution of survival `time` from my `survival` table as KDE curves, one \
# panel per `group`, using seaborn's `displot`? Put a rug of the actual times under each curve and \
# don't let the curve extend past the observed times (`cut=0`). Some groups can be tiny, with all \
# times equal: no density there, just the rug and no warning. Label the axes "time (months)" (x) \
# and "density" (y). \
# Keep the grid in `g`."""
# domain = 'visualization'
# libraries = ['seaborn', 'numpy', 'pandas']
# inputs = { survival = 'survival' }
# checks = [
#     # the rug ticks sit at the group's times
#     'all(np.allclose(np.sort([seg[0, 0] for coll in ax.collections for seg in coll.get_segments()]), np.sort(survival.loc[survival["group"] == grp, "time"])) for grp, ax in g.axes_dict.items())',
#     # cut=0: each curve spans exactly the observed range of its group
#     'all(survival.loc[survival["group"] == grp, "time"].nunique() < 2 or np.allclose([axes_summary(ax).lines_xy[0][:, 0].min(), axes_summary(ax).lines_xy[0][:, 0].max()], [survival.loc[survival["group"] == grp, "time"].min(), survival.loc[survival["group"] == grp, "time"].max()]) for grp, ax in g.axes_dict.items())',
#     'set(g.axes_dict) == set(survival["group"].cat.categories)',
#     'any(ax.get_xlabel() == "time (months)" for ax in g.axes.flat) and any(ax.get_ylabel() == "density" for ax in g.axes.flat)',
# ]
# difficulty = 'intermediate'
# tags = ['density-estimation', 'facets']
# edge_cases = true
# ///
import seaborn as sns

g = sns.displot(
    data=survival,
    x="time",
    col="group",
    kind="kde",
    cut=0,
    rug=True,
    # a group with a single distinct time has no density; skip it quietly
    warn_singular=False,
    height=2,
)
g.set_axis_labels("time (months)", "density")
