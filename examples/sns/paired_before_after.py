# /// example
# task = """
# The arrays `before` and `after` hold paired measurements of the same subjects. Build a long \
# DataFrame `long` with columns `subject`, `time` ("before"/"after") and `value`; draw grey \
# seaborn box plots without outliers per time point on `fig, ax`, overlay the points with \
# `stripplot` (no jitter), and connect each subject's two values with a thin line; label the y \
# axis "Measurement" and add a title."""
# prompt = """
# The arrays `before` and `after` are paired measurements on the same subjects. Build a long \
# DataFrame `long` with columns `subject`, `time` ("before"/"after") and `value`; then on `fig, \
# ax` draw grey seaborn box plots per time point without outlier markers, overlay the individual \
# points as an unjittered strip plot, and connect each subject's two values with a thin line from \
# x = 0 to x = 1. Label the y axis "Measurement" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas', 'numpy']
# inputs = { before = 'paired.a', after = 'paired.b' }
# checks = [
#     "list(long.columns) == ['subject', 'time', 'value'] and len(long) == 2 * len(before)",
#     'sum(1 for ln in ax.lines if list(ln.get_xdata()) == [0, 1]) == len(before)',
#     "sorted(figure_summary(fig).axes[0].xticklabels) == ['after', 'before']",
#     "figure_summary(fig).axes[0].ylabel == 'Measurement' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'advanced'
# tags = ['box-plot', 'strip-plot', 'paired-samples']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

wide = pd.DataFrame({"subject": np.arange(len(before)), "before": before, "after": after})
long = wide.melt(id_vars="subject", var_name="time", value_name="value")
fig, ax = plt.subplots(figsize=(4, 5))
sns.boxplot(data=long, x="time", y="value", color="lightgray", width=0.5, showfliers=False, ax=ax)
sns.stripplot(data=long, x="time", y="value", color="black", size=4, jitter=False, ax=ax)
# one line per subject: x positions 0 and 1 are the two categories
ax.plot([0, 1], np.vstack([before, after]), color="gray", linewidth=0.6, alpha=0.6)
ax.set(xlabel="", ylabel="Measurement", title="Before vs after (paired)")
