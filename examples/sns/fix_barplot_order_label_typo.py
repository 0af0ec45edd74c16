# /// example
# task = """
# `rm_long` holds repeated `score` measurements under three conditions, `control`, `low` and \
# `high` (column `condition`). This code should draw, in the figure `fig`, one bar per condition \
# in the order control, low, high with the mean `score` and a standard-deviation error bar. It \
# runs, but the control bar is missing: its slot is empty and the tick reads "Control":
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots()
# sns.barplot(data=rm_long, x="condition", y="score", order=["Control", "low", "high"], errorbar="sd", ax=ax)
# ax.set(xlabel="condition", ylabel="mean score", title="Score by condition")
# ```
#
# Fix it."""
# prompt = """
# I want a bar chart in `fig` of the mean `score` per `condition` in my table `rm_long`, bars in \
# the order control, low, high, with standard-deviation error bars:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots()
# sns.barplot(data=rm_long, x="condition", y="score", order=["Control", "low", "high"], errorbar="sd", ax=ax)
# ax.set(xlabel="condition", ylabel="mean score", title="Score by condition")
# ```
#
# The first bar is just empty, with no error or warning. The data are definitely there."""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'figure_summary(fig).axes[0].xticklabels == ["control", "low", "high"]',
#     'np.allclose(figure_summary(fig).axes[0].bar_heights[0], [rm_long.loc[rm_long["condition"] == c, "score"].mean() for c in ["control", "low", "high"]])',
#     # error bars (seaborn lines or Matplotlib errorbars) span the mean plus and minus one standard deviation
#     'np.allclose(np.sort(np.concatenate([l[:, 1] for l in figure_summary(fig).axes[0].lines_xy] + [np.ravel(s) for s in figure_summary(fig).axes[0].errorbar_spans])), np.sort(np.concatenate([[m - s, m + s] for m, s in (rm_long.loc[rm_long["condition"] == c, "score"].agg(["mean", "std"]) for c in ["control", "low", "high"])])))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'bar-chart', 'error-bars', 'categorical']
# [edge_cases]
# min_size = 2
# why = 'a standard-deviation error bar needs two subjects per condition'
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots()
# order= must match the category labels exactly; a label not in the data just leaves a gap
sns.barplot(
    data=rm_long, x="condition", y="score", order=["control", "low", "high"], errorbar="sd", ax=ax
)
ax.set(xlabel="condition", ylabel="mean score", title="Score by condition")
