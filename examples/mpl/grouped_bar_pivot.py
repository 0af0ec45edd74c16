# /// example
# task = """
# Build `means`, a site x treatment table of mean `response` from the trial DataFrame `df` with \
# `pivot_table`, and draw it as a grouped bar chart: one group of bars per site, one bar per \
# treatment side by side, site names as x tick labels and a legend titled "treatment". Label the \
# axes and add a title. Keep the figure in `fig` and its Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas', 'numpy']
# inputs = { df = 'trial' }
# checks = [
#     'figure_summary(fig).axes[0].n_bars == means.size',
#     "means.shape == (df['site'].nunique(), df['treatment'].nunique())",
#     "set(figure_summary(fig).axes[0].legend_labels) == set(df['treatment'].astype(str))",
#     'figure_summary(fig).axes[0].xticklabels == [str(s) for s in means.index]',
#     "ax.get_legend().get_title().get_text() == 'treatment'",
# ]
# difficulty = 'advanced'
# tags = ['bar-chart', 'grouped', 'pivot-table']
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
    offset = (i - (len(means.columns) - 1) / 2) * width
    ax.bar(x + offset, means[treatment], width, label=str(treatment))
ax.set_xticks(x, labels=means.index.astype(str))
ax.set_xlabel("site")
ax.set_ylabel("mean response")
ax.set_title("Mean response by site and treatment")
ax.legend(title="treatment")
