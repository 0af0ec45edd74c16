# /// example
# task = """
# Stack the three samples `a`, `b` and `c` into a long DataFrame `long_groups` with columns \
# `group` ("a", "b", "c") and `value`, and draw with `seaborn.barplot` the median of each group \
# as a bar with an error bar spanning its interquartile range (`estimator="median"`, \
# `errorbar=("pi", 50)`). Style the figure for a paper with \
# `seaborn.set_context("paper", font_scale=1.3)` before creating it. Label the axes "group" and \
# "median value", add a title, and keep the figure in `fig`."""
# prompt = """
# My three samples `a`, `b`, `c` are skewed, so for a paper figure I want bars at each group's \
# median with error bars from the 25th to the 75th percentile (seaborn barplot with the median \
# as estimator and a 50% percentile interval), using seaborn's "paper" context with \
# `font_scale=1.3`. Put the data in a long table `long_groups` (`group` = "a"/"b"/"c", \
# `value`), label the axes "group" and "median value", add a title, and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas', 'numpy']
# inputs = { a = 'groups.a', b = 'groups.b', c = 'groups.c' }
# checks = [
#     'sorted(long_groups["group"].unique()) == ["a", "b", "c"] and len(long_groups) == len(a) + len(b) + len(c)',
#     'np.allclose(np.concatenate(figure_summary(fig).axes[0].bar_heights), [np.nanmedian(a), np.nanmedian(b), np.nanmedian(c)])',
#     # each error bar runs from the 25th to the 75th percentile of its group
#     'np.allclose([np.sort(xy[:, 1]) for xy in figure_summary(fig).axes[0].lines_xy], [np.nanpercentile(s, [25, 75]) for s in (a, b, c)])',
#     # the paper context at font_scale=1.3 sets the title and label sizes
#     'np.isclose(fig.axes[0].title.get_fontsize(), seaborn.plotting_context("paper", font_scale=1.3)["axes.titlesize"]) and np.isclose(fig.axes[0].xaxis.label.get_fontsize(), seaborn.plotting_context("paper", font_scale=1.3)["axes.labelsize"])',
#     'figure_summary(fig).axes[0].xlabel == "group" and figure_summary(fig).axes[0].ylabel == "median value"',
# ]
# difficulty = 'intermediate'
# tags = ['bar-chart', 'error-bars', 'quantiles', 'styling']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

long_groups = pd.concat(
    [
        pd.DataFrame({"group": name, "value": sample})
        for name, sample in zip("abc", (a, b, c), strict=True)
    ],
    ignore_index=True,
)
sns.set_context("paper", font_scale=1.3)
fig, ax = plt.subplots(figsize=(4, 3))
# ("pi", 50) is the central 50% percentile interval: from the 25th to the 75th percentile
sns.barplot(data=long_groups, x="group", y="value", estimator="median", errorbar=("pi", 50), ax=ax)
ax.set(xlabel="group", ylabel="median value", title="Group medians with IQR")
