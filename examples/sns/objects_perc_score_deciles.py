# /// example
# task = """
# From the long table `rm_long` (`subject`, `condition`, `time`, `score`), draw with the seaborn \
# objects interface the 10th, 50th and 90th percentiles of `score` in each `condition` as dots \
# (`so.Dot()` with `so.Perc([10, 50, 90])`), plus the raw scores as small jittered, \
# semi-transparent dots behind them (`so.Dots()` with `so.Jitter()`). Label the axes \
# "condition" and "score", add a title, and draw it onto `fig, ax` with `.on(ax)`."""
# prompt = """
# For each `condition` in my `rm_long` table I want to show where the 10th, 50th and 90th \
# percentiles of `score` lie, as dots, on top of the individual scores shown as small jittered \
# see-through dots. Please use seaborn.objects (a Perc stat) and draw it on my `fig, ax` with axis \
# labels "condition" and "score" and a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     # one marker collection holds the raw scores, another the three percentiles per condition
#     '(lambda sets: any(len(xy) == rm_long["score"].notna().sum() and np.allclose(np.sort(xy[:, 1]), np.sort(rm_long["score"].dropna())) for xy in sets))(figure_summary(fig).axes[0].scatter_xy)',
#     '(lambda sets, expected: any(len(xy) == len(expected) and np.allclose(np.sort(xy[:, 1]), np.sort(expected)) for xy in sets))(figure_summary(fig).axes[0].scatter_xy, np.concatenate([np.percentile(s.dropna(), [10, 50, 90]) for _, s in rm_long.groupby("condition", observed=True)["score"] if s.notna().any()]))',
#     # the percentile dots sit exactly on their condition's category position
#     '(lambda sets: any(np.allclose(xy[:, 0], np.round(xy[:, 0])) and len(xy) == 3 * rm_long.dropna(subset=["score"])["condition"].nunique() for xy in sets))(figure_summary(fig).axes[0].scatter_xy)',
#     'figure_summary(fig).axes[0].xlabel == "condition" and figure_summary(fig).axes[0].ylabel == "score" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'intermediate'
# tags = ['quantiles', 'strip-plot', 'descriptive-statistics']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

fig, ax = plt.subplots()
(
    # a fresh 0..n-1 index: seaborn.objects can fail on repeated index labels
    so.Plot(rm_long.reset_index(drop=True), x="condition", y="score")
    .add(so.Dots(pointsize=3, alpha=0.3), so.Jitter(0.3))
    # Perc computes the listed percentiles of y within each x group
    .add(so.Dot(pointsize=8, color="black"), so.Perc([10, 50, 90]))
    .label(x="condition", y="score", title="Score deciles 10/50/90 by condition")
    .on(ax)
    .plot()
)
