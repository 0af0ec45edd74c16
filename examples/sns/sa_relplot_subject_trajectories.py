# /// example
# task = """
# Draw every subject's `score` over `time` from the long table `rm_long` as its own thin line \
# (no averaging: seaborn `relplot` with `kind="line"`, `units="subject"` and `estimator=None`), \
# one panel per `condition`, at most two panels per row. Keep the grid in `g`, with axis labels \
# "Time" and "Score" and panel titles equal to the bare condition names."""
# prompt = """
# I want a spaghetti plot of my repeated-measures table `rm_long`: one line per `subject` showing \
# `score` over `time`, not averaged, with a separate panel per `condition` wrapped two panels per \
# row (seaborn's `relplot`). Keep the grid as `g`, label the axes "Time" and "Score", and title \
# each panel with just the condition name."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'sorted(figure_summary(g.figure).titles) == sorted(rm_long["condition"].astype(str).unique())',
#     # each panel holds one line per subject, each equal to that subject's scores in time order
#     'all((lambda sub, lines: len(lines) == sub["subject"].nunique() and all(any(xy.shape == (len(s), 2) and np.allclose(xy, s.sort_values("time")[["time", "score"]].to_numpy(dtype=float)) for xy in lines) for _, s in sub.groupby("subject")))(rm_long[rm_long["condition"].astype(str) == ax.title], [xy for xy in ax.lines_xy if len(xy)]) for ax in figure_summary(g.figure).axes)',
#     'len({round(ax.get_position().y0, 3) for ax in g.figure.axes}) == -(-rm_long["condition"].nunique() // 2)',
#     'set(figure_summary(g.figure).xlabels) <= {"Time", ""} and "Time" in figure_summary(g.figure).xlabels and "Score" in figure_summary(g.figure).ylabels',
# ]
# difficulty = 'intermediate'
# tags = ['line-plot', 'facets', 'paired-samples']
# edge_cases = true
# ///
import seaborn as sns

# units + estimator=None draws one unaggregated line per subject instead of a mean line
g = sns.relplot(
    data=rm_long,
    x="time",
    y="score",
    units="subject",
    estimator=None,
    col="condition",
    col_wrap=2,
    kind="line",
    linewidth=0.8,
    height=2.5,
)
g.set_axis_labels("Time", "Score")
g.set_titles("{col_name}")
