# /// example
# task = """
# This code should draw the mean `score` over `time` per `condition` from `rm_long` on `fig, ax` \
# (no error bands) and put the legend outside the plot, to the right of the upper corner, but it \
# raises:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots(figsize=(6, 4))
# sns.lineplot(rm_long, x="time", y="score", hue="condition", errorbar=None, legend=False, ax=ax)
# sns.move_legend(ax, "upper left", bbox_to_anchor=(1, 1))
# ```
#
# ```text
# ValueError: Axes(0.125,0.11;0.775x0.77) has no legend attached.
# ```
#
# Fix it so the legend (titled "condition", one entry per condition) sits outside the axes."""
# prompt = """
# I plot mean `score` by `time` for each `condition` of `rm_long` with seaborn on `fig, ax` (no \
# error band) and want the legend moved outside to the right, but `move_legend` fails:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots(figsize=(6, 4))
# sns.lineplot(rm_long, x="time", y="score", hue="condition", errorbar=None, legend=False, ax=ax)
# sns.move_legend(ax, "upper left", bbox_to_anchor=(1, 1))
# ```
#
# ```text
# ValueError: Axes(0.125,0.11;0.775x0.77) has no legend attached.
# ```
#
# The legend should be titled "condition" with an entry per condition."""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'ax.get_legend() is not None and ax.get_legend().get_title().get_text() == "condition" and sorted(figure_summary(fig).axes[0].legend_labels) == sorted(rm_long["condition"].astype(str).unique())',
#     # the legend box is anchored at the axes' right edge, outside the plotting area
#     'ax.get_legend()._loc == matplotlib.legend.Legend.codes["upper left"] and np.allclose(ax.get_legend().get_bbox_to_anchor().transformed(ax.transAxes.inverted()).bounds[:2], (1, 1))',
#     # no error bands: nothing filled around the mean lines
#     'not [c for c in ax.collections if isinstance(c, matplotlib.collections.PolyCollection)]',
#     '(lambda means: all(any(np.allclose(xy[:, 1], means.loc[c].to_numpy()) for xy in figure_summary(fig).axes[0].lines_xy) for c in means.index.get_level_values(0).unique()))(rm_long.groupby(["condition", "time"], observed=True)["score"].mean())',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'legend', 'line-plot']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
# legend=False meant there was no legend to move: let lineplot draw it, then move it
sns.lineplot(rm_long, x="time", y="score", hue="condition", errorbar=None, ax=ax)
sns.move_legend(ax, "upper left", bbox_to_anchor=(1, 1))
