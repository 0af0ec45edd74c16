# /// example
# task = """
# Build the table below as `defects` and draw every `count` per production `line` with seaborn's \
# `stripplot` on `fig, ax`, the lines in the order C, A, B along x and the points not jittered \
# (`jitter=False`) so repeated values sit exactly on top of each other.
#
# ```text
# line  count
# A         2
# A         5
# B         1
# C         4
# C         4
# C         6
# ```
#
# Wanted points (x position, count):
#
# ```text
# x tick labels: C  A  B
# points: (0, 4) (0, 4) (0, 6) (1, 2) (1, 5) (2, 1)
# ```"""
# prompt = """
# Strip plot of the defect counts per production line with seaborn on `fig, ax`, lines ordered \
# C, A, B, no horizontal jitter; keep the table in `defects`:
#
# ```text
# line  count
# A         2
# A         5
# B         1
# C         4
# C         4
# C         6
# ```
#
# I expect:
#
# ```text
# x tick labels: C  A  B
# points: (0, 4) (0, 4) (0, 6) (1, 2) (1, 5) (2, 1)
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['seaborn', 'pandas', 'matplotlib']
# inputs = {}
# checks = [
#     'sorted(map(tuple, np.round(np.vstack(figure_summary(fig).axes[0].scatter_xy), 9).tolist())) == [(0, 4), (0, 4), (0, 6), (1, 2), (1, 5), (2, 1)]',
#     'figure_summary(fig).axes[0].xticklabels == ["C", "A", "B"]',
#     'sorted(map(tuple, defects[["line", "count"]].astype(str).to_numpy())) == sorted([("A", "2"), ("A", "5"), ("B", "1"), ("C", "4"), ("C", "4"), ("C", "6")])',
# ]
# difficulty = 'basic'
# tags = ['strip-plot', 'categorical']
# ///
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

defects = pd.DataFrame({"line": ["A", "A", "B", "C", "C", "C"], "count": [2, 5, 1, 4, 4, 6]})

fig, ax = plt.subplots(figsize=(4, 3))
# order= sets the category positions 0, 1, 2; jitter=False keeps every point on its category
sns.stripplot(defects, x="line", y="count", order=["C", "A", "B"], jitter=False, ax=ax)
ax.set(xlabel="production line", ylabel="defects", title="Defects per line")
