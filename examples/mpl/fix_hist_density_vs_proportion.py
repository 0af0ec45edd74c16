# /// example
# task = """
# This code should show, for the sample `skewed`, the proportion of observations in each of 20 \
# equal-width bins (the bar heights adding up to 1) on `fig, ax`. It runs, but the heights do \
# not add up to 1 because `density=True` divides by the bin width too:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots()
# ax.hist(skewed, bins=20, density=True)
# ax.set(xlabel="value", ylabel="proportion of observations", title="Distribution")
# ```
#
# Fix it so each bar's height is the fraction of observations in its bin."""
# prompt = """
# I want a histogram of `skewed` with 20 bins on `fig, ax` where each bar is the share of the \
# observations that fall in it, so the bars sum to 1. I used density=True, but the heights \
# don't add up to 1:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots()
# ax.hist(skewed, bins=20, density=True)
# ax.set(xlabel="value", ylabel="proportion of observations", title="Distribution")
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].bar_heights[0], np.histogram(skewed, bins=20)[0] / len(skewed))',
#     'np.allclose(figure_summary(fig).axes[0].bar_edges[0], np.histogram(skewed, bins=20)[1])',
#     'np.isclose(figure_summary(fig).axes[0].bar_heights[0].sum(), 1.0)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'histogram']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots()
# density=True makes the AREA 1; weights of 1/n make the HEIGHTS sum to 1
ax.hist(skewed, bins=20, weights=np.full(len(skewed), 1 / len(skewed)))
ax.set(xlabel="value", ylabel="proportion of observations", title="Distribution")
