# /// example
# task = """
# Build `means`, a site x treatment table of mean `response` from the trial DataFrame `df` with \
# `pivot_table`, and draw it as a grouped bar chart: one group of bars per site, one bar per \
# treatment side by side, site names as x tick labels and a legend titled "treatment". Label the \
# axes and add a title. Keep the figure in `fig` and its Axes in `ax`."""
# prompt = """
# From the trial DataFrame `df`, build a pivot table `means` of mean `response` with sites as \
# rows and treatments as columns, and draw it as a grouped bar chart of vertical bars: one group \
# per site, one bar per treatment side by side (one bar call per treatment column), site names as \
# the x tick labels, and a legend titled "treatment". Label the axes, add a title, and keep the \
# figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas', 'numpy']
# inputs = { df = 'trial' }
# checks = [
#     'figure_summary(fig).axes[0].n_bars == means.size',
#     "means.shape == (df['site'].nunique(), df['treatment'].nunique())",
#     "set(figure_summary(fig).axes[0].legend_labels) == set(df['treatment'].astype(str))",
#     'figure_summary(fig).axes[0].xticklabels == [str(s) for s in means.index]',
#     "ax.get_legend().get_title().get_text() == 'treatment'",
#     # the cell means, recomputed with groupby
#     "np.allclose(means.to_numpy(dtype=float), df.groupby(['site', 'treatment'], observed=True)['response'].mean().unstack().loc[means.index, means.columns].to_numpy(dtype=float), equal_nan=True)",
#     # one bar group per treatment column, each bar the site's mean
#     "all(np.allclose(np.nan_to_num(h), np.nan_to_num(means[c].to_numpy(dtype=float))) for h, c in zip(figure_summary(fig).axes[0].bar_heights, means.columns, strict=True))",
#     # vertical bars: the means are the bars' heights
#     'np.allclose(np.sort(np.nan_to_num([p.get_height() for p in ax.patches])), np.sort(np.nan_to_num(means.to_numpy(dtype=float).ravel())))',
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'advanced'
# tags = ['bar-chart', 'aggregation', 'reshaping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

means = df.pivot_table(
    index="site", columns="treatment", values="response", aggfunc="mean", observed=True
)

x = np.arange(len(means.index))
width = 0.8 / len(means.columns)
fig, ax = plt.subplots()
for i, treatment in enumerate(means.columns):
    # offsets are symmetric around 0, so each site's group of bars is centred on its tick
    offset = (i - (len(means.columns) - 1) / 2) * width
    ax.bar(x + offset, means[treatment], width, label=str(treatment))
ax.set_xticks(x, labels=means.index.astype(str))
ax.set_xlabel("site")
ax.set_ylabel("mean response")
ax.set_title("Mean response by site and treatment")
ax.legend(title="treatment")
