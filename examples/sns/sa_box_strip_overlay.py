# /// example
# task = """
# Stack the three samples `a`, `b` and `c` into a long DataFrame `long` with columns `group` \
# ("a", "b", "c") and `value`, then draw one box per group with every observation overlaid as \
# jittered points (seaborn `boxplot` and `stripplot` on the same Axes), groups in the order a, b, \
# c along the x axis; hide the boxplot's own outlier markers since all points are shown. Keep the \
# figure in `fig`, label the axes and add a title."""
# prompt = """
# I have three samples `a`, `b` and `c`. Put them into one long DataFrame `long` with a `group` \
# column ("a", "b", "c") and a `value` column, and plot a box per group with all the raw points \
# jittered on top (a strip plot over a box plot), groups ordered a, b, c. Don't draw the box \
# plot's outlier markers, since the points are already there. Keep the figure as `fig` with axis \
# labels and a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas', 'numpy']
# inputs = { a = 'groups.a', b = 'groups.b', c = 'groups.c' }
# checks = [
#     'sorted(long["group"].unique()) == ["a", "b", "c"] and np.allclose(np.sort(long.loc[long["group"] == "b", "value"].dropna()), np.sort(b[~np.isnan(b)]))',
#     # every observation is drawn once, at (roughly) its group position and at its exact value
#     '(lambda xy: all(np.allclose(np.sort(xy[np.round(xy[:, 0]) == i, 1]), np.sort(s[~np.isnan(s)])) for i, s in enumerate([a, b, c])))(np.concatenate([p for p in figure_summary(fig).axes[0].scatter_xy if len(p)]))',
#     # each box's median line (a horizontal line, not a single point) sits at its group's median
#     'all(any(len(xy) > 1 and np.allclose(xy[:, 1], np.median(s[~np.isnan(s)])) and abs(xy[:, 0].mean() - i) < 0.01 for xy in figure_summary(fig).axes[0].lines_xy) for i, s in enumerate([a, b, c]))',
#     # no outlier markers: fliers are marker-only lines (matplotlib's linestyle for no line) holding points
#     'not any(line.get_linestyle() == matplotlib.lines.Line2D([], [], linestyle="").get_linestyle() and len(line.get_xdata()) for line in fig.axes[0].lines)',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'basic'
# tags = ['box-plot', 'strip-plot', 'reshaping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

long = pd.concat(
    [
        pd.DataFrame({"group": name, "value": sample})
        for name, sample in [("a", a), ("b", b), ("c", c)]
    ],
    ignore_index=True,
)

fig, ax = plt.subplots(figsize=(5, 4))
# showfliers=False: the strip plot already shows every point, outliers included
sns.boxplot(
    data=long,
    x="group",
    y="value",
    order=["a", "b", "c"],
    showfliers=False,
    color="lightgrey",
    ax=ax,
)
sns.stripplot(
    data=long, x="group", y="value", order=["a", "b", "c"], jitter=0.2, size=3, color="black", ax=ax
)
ax.set(xlabel="Group", ylabel="Value", title="Samples by group")
