# /// example
# task = """
# This code should draw, in the figure `fig`, one 15-bin histogram per column `income`, `score` \
# and `hours` of the table `survey` (with missing values), each in its own panel titled with the \
# column name. It runs, but all three histograms land in the last panel and the first two stay \
# empty:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, axes = plt.subplots(1, 3, figsize=(10, 3), layout="constrained")
# for ax, column in zip(axes, ["income", "score", "hours"]):
#     plt.hist(survey[column].dropna(), bins=15)
#     ax.set_title(column)
#     ax.set_xlabel(column)
# axes[0].set_ylabel("respondents")
# ```
#
# Fix it."""
# prompt = """
# I want three side-by-side 15-bin histograms in `fig`, one for each of `income`, `score` and \
# `hours` in my `survey` table (it has some NaN), each panel titled by its column. All the bars \
# pile up in the right-hand panel:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, axes = plt.subplots(1, 3, figsize=(10, 3), layout="constrained")
# for ax, column in zip(axes, ["income", "score", "hours"]):
#     plt.hist(survey[column].dropna(), bins=15)
#     ax.set_title(column)
#     ax.set_xlabel(column)
# axes[0].set_ylabel("respondents")
# ```
#
# Why do the first two panels stay empty?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { survey = 'survey' }
# checks = [
#     'len(fig.axes) == 3 and sorted(a.get_title() for a in fig.axes) == ["hours", "income", "score"]',
#     'all(a.get_xlabel() == a.get_title() for a in fig.axes) and [a.get_ylabel() for a in fig.axes if a.get_title() == "income"] == ["respondents"]',
#     # each panel holds exactly one histogram: the counts of its own column
#     'all(len(axes_summary(a).bar_heights) == 1 and np.allclose(axes_summary(a).bar_heights[0], np.histogram(survey[a.get_title()].dropna(), bins=15)[0]) for a in fig.axes)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'histogram', 'subplots', 'missing-data']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, axes = plt.subplots(1, 3, figsize=(10, 3), layout="constrained")
for ax, column in zip(axes, ["income", "score", "hours"], strict=True):
    # plt.hist draws on the current Axes (the last one created); draw on each panel's own Axes
    ax.hist(survey[column].dropna(), bins=15)
    ax.set_title(column)
    ax.set_xlabel(column)
axes[0].set_ylabel("respondents")
