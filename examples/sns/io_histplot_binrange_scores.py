# /// example
# task = """
# Put the scores below into `scores` and draw their histogram with seaborn on `fig, ax` with bins \
# 10 wide covering exactly 0 to 50 (`binwidth=10, binrange=(0, 50)`). A score on a bin edge \
# belongs to the bin on its right, except 50, which falls in the last bin.
#
# ```text
# 3, 10, 12, 18, 20, 20, 27, 35, 41, 50
# ```
#
# Wanted bars:
#
# ```text
# bin edges:    0  10  20  30  40  50
# bar heights:    1   3   3   1   2
# ```"""
# prompt = """
# Histogram of these test scores please, seaborn on `fig, ax`, keep them in `scores`, bins of \
# width 10 from 0 to 50 (a score on an edge goes to the right-hand bin, 50 into the last):
#
# ```text
# 3, 10, 12, 18, 20, 20, 27, 35, 41, 50
# ```
#
# I expect:
#
# ```text
# bin edges:    0  10  20  30  40  50
# bar heights:    1   3   3   1   2
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = {}
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].bar_edges[0], [0, 10, 20, 30, 40, 50])',
#     'np.allclose(figure_summary(fig).axes[0].bar_heights[0], [1, 3, 3, 1, 2])',
#     'sorted(np.asarray(scores, dtype=float).tolist()) == [3, 10, 12, 18, 20, 20, 27, 35, 41, 50]',
# ]
# difficulty = 'basic'
# tags = ['histogram', 'binning']
# ///
import matplotlib.pyplot as plt
import seaborn as sns

scores = [3, 10, 12, 18, 20, 20, 27, 35, 41, 50]

fig, ax = plt.subplots(figsize=(5, 3))
# binrange pins the outer edges, so the bins start at 0 rather than at the smallest score
sns.histplot(x=scores, binwidth=10, binrange=(0, 50), ax=ax)
ax.set(xlabel="score", ylabel="students", title="Score distribution")
