# /// example
# task = """
# This code should draw the mean `score` over `time` of the long table `rm_long` with `relplot`, \
# one line panel per `condition` without error bands, and then a dotted horizontal reference \
# line at the overall mean score in every panel. Keep the grid in `g`. It raises an error:
#
# ```python
# import seaborn as sns
#
# g = sns.relplot(data=rm_long, x="time", y="score", col="condition", kind="line", errorbar=None, height=2)
# g.ax.axhline(rm_long["score"].mean(), linestyle=":")
# ```
#
# ```text
# AttributeError: Use the `.axes` attribute when facet variables are assigned.
# ```
#
# Fix it."""
# prompt = """
# I plot mean `score` over `time` from `rm_long`, one panel per `condition` (seaborn `relplot`, \
# no error bands), and want a dotted horizontal line at the overall mean score in each panel; \
# the grid should be `g`. This fails:
#
# ```python
# import seaborn as sns
#
# g = sns.relplot(data=rm_long, x="time", y="score", col="condition", kind="line", errorbar=None, height=2)
# g.ax.axhline(rm_long["score"].mean(), linestyle=":")
# ```
#
# ```text
# AttributeError: Use the `.axes` attribute when facet variables are assigned.
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'g.axes.size == rm_long["condition"].cat.categories.size',
#     # no error bands around the mean lines
#     'all(axes_summary(ax).n_collections == 0 for ax in g.axes.flat)',
#     # every panel has a dotted horizontal line at the overall mean
#     'all(any(line.get_linestyle() == ":" and np.allclose(line.get_ydata(), rm_long["score"].mean()) for line in ax.lines) for ax in g.axes.flat)',
#     'all(any(np.allclose(xy, rm_long[rm_long["condition"] == c].groupby("time")["score"].mean().reset_index().to_numpy()) for xy in axes_summary(ax).lines_xy if len(xy) == rm_long["time"].nunique()) for c, ax in g.axes_dict.items())',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'facets', 'line-plot']
# edge_cases = true
# ///
import seaborn as sns

g = sns.relplot(
    data=rm_long, x="time", y="score", col="condition", kind="line", errorbar=None, height=2
)
overall_mean = rm_long["score"].mean()
# g.ax exists only on a single-panel grid; a faceted grid keeps its panels in g.axes
for ax in g.axes.flat:
    ax.axhline(overall_mean, linestyle=":", color="grey")
