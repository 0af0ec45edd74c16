# /// example
# task = """
# This code should draw a histogram of the sample `values` on `fig, ax` in 12 equal-width bins \
# whose bar heights are the percentage of values in each bin, so the bars add up to 100, but the \
# bars are far too low and do not add up to 100:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots(figsize=(6, 3.5))
# sns.histplot(x=values, bins=12, stat="density", ax=ax)
# ax.set(xlabel="value", ylabel="% of values")
# ```
#
# Fix it."""
# prompt = """
# I want a histogram of `values` in 12 equal bins where each bar is the percent of the values in \
# it (summing to 100), on `fig, ax`, but mine doesn't sum to 100:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots(figsize=(6, 3.5))
# sns.histplot(x=values, bins=12, stat="density", ax=ax)
# ax.set(xlabel="value", ylabel="% of values")
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { values = 'values' }
# checks = [
#     'np.isclose(np.concatenate(figure_summary(fig).axes[0].bar_heights).sum(), 100)',
#     # each of the 12 bars holds its share of the values, in percent
#     '(lambda v: np.allclose(figure_summary(fig).axes[0].bar_heights[0], 100 * np.histogram(v, bins=12)[0] / len(v)))(values[np.isfinite(values)])',
#     'figure_summary(fig).axes[0].ylabel == "% of values"',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'histogram', 'binning']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 3.5))
# "density" divides by the bin width too (areas sum to 1); "percent" makes heights sum to 100
sns.histplot(x=values, bins=12, stat="percent", ax=ax)
ax.set(xlabel="value", ylabel="% of values")
