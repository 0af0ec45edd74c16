# /// example
# task = """
# From the long table `rm_long` (`subject`, `condition`, `time`, `score`), draw with \
# `seaborn.lmplot` one panel per `condition` in a row: at each `time` the mean `score` as a point \
# with a +/- 1 SD bar (`x_estimator=np.mean`, `x_ci="sd"`), and the straight-line fit of all \
# individual scores on time without a confidence band. Title each panel with just the condition \
# name, label the axes "time" and "score", and keep the figure in `fig`."""
# prompt = """
# For my repeated-measures data `rm_long` I want a seaborn lmplot with one panel per `condition` \
# side by side: points at the mean `score` for each `time` with +/- 1 standard deviation bars, \
# and a straight regression line fitted on all the raw scores (no CI band). Panel titles should be \
# just the condition name, axis labels "time" and "score", and the figure in `fig`."""
# domain = 'visualization'
# libraries = ['seaborn', 'numpy', 'pandas']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'sorted(figure_summary(fig).titles) == sorted(rm_long["condition"].astype(str).unique())',
#     # the points are the mean scores per time of that panel's condition
#     'all(np.allclose(ax.scatter_xy[0], rm_long[rm_long["condition"] == ax.title].groupby("time")["score"].mean().reset_index().to_numpy()) for ax in figure_summary(fig).axes)',
#     # the line (the longest one; the SD bars are two-point lines) is the least-squares fit on every individual score, not on the means
#     'all((lambda line: np.allclose(line[:, 1], np.polyval(np.polyfit(rm_long.loc[rm_long["condition"] == ax.title, "time"], rm_long.loc[rm_long["condition"] == ax.title, "score"], 1), line[:, 0])))(max(ax.lines_xy, key=len)) for ax in figure_summary(fig).axes)',
#     # the vertical bars (every line shorter than the fit line) span mean +/- SD at each time (x_ci="sd" uses the population SD, ddof=0)
#     'all(np.allclose(sorted((xy[0, 0], xy[:, 1].min(), xy[:, 1].max()) for xy in ax.lines_xy if len(xy) < max(map(len, ax.lines_xy))), [(t, s.mean() - s.std(ddof=0), s.mean() + s.std(ddof=0)) for t, s in rm_long[rm_long["condition"] == ax.title].groupby("time")["score"]]) for ax in figure_summary(fig).axes)',
#     # no confidence band: a band would be a filled PolyCollection
#     'not any(isinstance(c, matplotlib.collections.PolyCollection) for a in fig.axes for c in a.collections)',
#     'figure_summary(fig).axes[0].xlabel == "time" and figure_summary(fig).axes[0].ylabel == "score"',
# ]
# difficulty = 'advanced'
# tags = ['regression', 'facets', 'error-bars', 'aggregation']
# edge_cases = { min_size = 2, why = "a standard deviation per time needs at least two subjects" }
# ///
import numpy as np
import seaborn as sns

grid = sns.lmplot(
    data=rm_long,
    x="time",
    y="score",
    col="condition",
    # the estimator only summarises the points drawn; the line is still fitted on every score
    x_estimator=np.mean,
    x_ci="sd",
    ci=None,
    height=3,
)
grid.set_titles("{col_name}")
grid.set_axis_labels("time", "score")
fig = grid.figure
