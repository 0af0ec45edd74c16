# /// example
# task = """
# This code should draw the mean `score` over `time` of the long table `rm_long`, without error \
# bands, in one panel per `condition` (panel titles like "condition = low" kept) and put one \
# overall title, "Mean score by condition", above the whole figure `fig`. But the title lands \
# on the last panel only, replacing its "condition = ..." title, and the figure has no overall \
# title:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# g = sns.relplot(data=rm_long, x="time", y="score", col="condition", kind="line", errorbar=None, height=2)
# plt.title("Mean score by condition")
# fig = g.figure
# ```
#
# Fix it."""
# prompt = """
# I plot my `rm_long` data as mean `score` over `time` (no error bands), one panel per \
# `condition`, and want a single title "Mean score by condition" over the whole figure `fig`. \
# With this code the text replaces the title of the last panel instead, and the figure itself \
# has no title:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# g = sns.relplot(data=rm_long, x="time", y="score", col="condition", kind="line", errorbar=None, height=2)
# plt.title("Mean score by condition")
# fig = g.figure
# ```
#
# The per-panel titles ("condition = low" etc.) should stay."""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'figure_summary(fig).suptitle == "Mean score by condition"',
#     # the mean lines only, no error bands
#     'all(ax.n_collections == 0 for ax in figure_summary(fig).axes)',
#     'figure_summary(fig).titles == [f"condition = {c}" for c in rm_long["condition"].cat.categories]',
#     # each panel's line is its condition's mean score at each time
#     'all(np.allclose(ax.lines_xy[0], rm_long[rm_long["condition"] == c].groupby("time")["score"].mean().reset_index().to_numpy()) for ax, c in zip(figure_summary(fig).axes, rm_long["condition"].cat.categories))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'facets', 'line-plot']
# edge_cases = true
# ///
import seaborn as sns

g = sns.relplot(
    data=rm_long, x="time", y="score", col="condition", kind="line", errorbar=None, height=2
)
# plt.title targets the current (last) Axes; a figure-wide title belongs to the grid's figure
g.figure.suptitle("Mean score by condition")
g.figure.subplots_adjust(top=0.8)
fig = g.figure
