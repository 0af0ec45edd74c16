# /// example
# task = """
# This code should draw, from the long table `rm_long` (columns `subject`, `condition`, `time`, \
# `score`), one line panel per `condition` wrapped two panels to a row, each showing the mean \
# `score` over `time` with a band of plus/minus one standard deviation, and keep the figure in \
# `fig`, but it raises an error:
#
# ```python
# import seaborn as sns
#
# grid = sns.relplot(
#     data=rm_long, x="time", y="score", row="condition", col_wrap=2,
#     kind="line", errorbar="sd", height=3,
# )
# fig = grid.figure
# ```
#
# ```text
# ValueError: Cannot use `row` and `col_wrap` together.
# ```
#
# Fix it."""
# prompt = """
# I want a small-multiples plot of my repeated-measures table `rm_long`: one panel per \
# `condition`, two panels per row, the mean `score` against `time` with a +/- 1 SD band, figure \
# in `fig`. seaborn refuses my call:
#
# ```python
# import seaborn as sns
#
# grid = sns.relplot(
#     data=rm_long, x="time", y="score", row="condition", col_wrap=2,
#     kind="line", errorbar="sd", height=3,
# )
# fig = grid.figure
# ```
#
# ```text
# ValueError: Cannot use `row` and `col_wrap` together.
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'pandas', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'figure_summary(fig).n_axes == rm_long["condition"].nunique()',
#     # wrapped: the panels sit on two columns, so no three of them share one x position
#     'len({round(ax.get_position().x0, 3) for ax in fig.axes}) == min(2, len(fig.axes))',
#     # each panel's line is that condition's mean score at each time
#     'all(np.allclose(line[0], rm_long[rm_long["condition"] == level].groupby("time")["score"].mean().reset_index().to_numpy()) for line, level in zip([ax.lines_xy for ax in figure_summary(fig).axes], [t.split(" = ")[-1] for t in figure_summary(fig).titles]))',
#     # the band spans mean +/- one standard deviation (not a bootstrap confidence interval)
#     'all(np.isclose(ax.collections[0].get_paths()[0].vertices[:, 1].max(), (lambda s: (s.mean() + s.std()).max())(rm_long[rm_long["condition"] == t.split(" = ")[-1]].groupby("time")["score"])) for ax, t in zip(fig.axes, figure_summary(fig).titles))',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'facets', 'line-plot', 'error-bars']
# edge_cases = true
# ///
import seaborn as sns

# col_wrap wraps the column facets; it cannot be combined with row facets
grid = sns.relplot(
    data=rm_long,
    x="time",
    y="score",
    col="condition",
    col_wrap=2,
    kind="line",
    errorbar="sd",
    height=3,
)
fig = grid.figure
