# /// example
# task = """
# With a `seaborn.FacetGrid` over the table `survival` (`time`, `event`, `group` A/B), draw one \
# panel per `group` side by side: a 12-bin histogram of `time` in each panel \
# (`grid.map(sns.histplot, "time", bins=12)`), and a dashed vertical line at that group's median \
# time, reaching each panel through `grid.axes_dict`. Label the axes "time (months)" and \
# "patients", and keep the grid in `grid`."""
# prompt = """
# For my `survival` table I want side-by-side histograms of `time`, one panel per `group`, \
# 12 bins each, using seaborn's FacetGrid with `map`, and in each panel a dashed vertical line at \
# that group's median time (use the grid's `axes_dict` to get at each panel). Axis labels \
# "time (months)" and "patients". Keep the grid in `grid`."""
# domain = 'visualization'
# libraries = ['seaborn', 'numpy', 'pandas']
# inputs = { survival = 'survival' }
# checks = [
#     'set(grid.axes_dict) == set(survival["group"].cat.categories)',
#     # each panel: 12 bins over that group's own range, and a vertical line at its median
#     'all(np.array_equal(np.concatenate(axes_summary(ax).bar_heights), np.histogram(survival.loc[survival["group"] == g, "time"], bins=12)[0]) for g, ax in grid.axes_dict.items() if (survival["group"] == g).sum() > 0)',
#     'all(any(np.allclose(xy[:, 0], survival.loc[survival["group"] == g, "time"].median()) for xy in axes_summary(ax).lines_xy) for g, ax in grid.axes_dict.items() if (survival["group"] == g).sum() > 0)',
#     'grid.axes.flat[0].get_xlabel() == "time (months)" and grid.axes.flat[0].get_ylabel() == "patients"',
# ]
# difficulty = 'intermediate'
# tags = ['facets', 'histogram', 'descriptive-statistics']
# edge_cases = { one_level = false, why = "one panel per group needs both groups present" }
# ///
import seaborn as sns

grid = sns.FacetGrid(survival, col="group", height=3.5)
grid.map(sns.histplot, "time", bins=12)
# axes_dict maps each group level to its panel
for level, ax in grid.axes_dict.items():
    ax.axvline(survival.loc[survival["group"] == level, "time"].median(), linestyle="--", color="k")
grid.set_axis_labels("time (months)", "patients")
