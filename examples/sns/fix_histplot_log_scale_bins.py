# /// example
# task = """
# `skewed` is a positive, right-skewed sample spanning several orders of magnitude. This code \
# should draw its histogram in the figure `fig` on a logarithmic x axis with 30 bins of equal \
# width in log space. It runs, but the bins are equal-width in the raw values, so on the log axis \
# almost everything falls in the first few bars, which look ever narrower to the left:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots()
# sns.histplot(x=skewed, bins=30, ax=ax)
# ax.set_xscale("log")
# ax.set(xlabel="value", ylabel="count", title="Distribution on a log scale")
# ```
#
# Fix it."""
# prompt = """
# My sample `skewed` is positive and very skewed, so I want its histogram in `fig` on a log x \
# axis, with 30 bins that are evenly spaced on that log axis:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots()
# sns.histplot(x=skewed, bins=30, ax=ax)
# ax.set_xscale("log")
# ax.set(xlabel="value", ylabel="count", title="Distribution on a log scale")
# ```
#
# The bars get squeezed on the left and look wrong. How do I bin in log space?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     'figure_summary(fig).axes[0].xscale == "log"',
#     # 30 bins evenly spaced in log10 between the smallest and largest value
#     'np.allclose(np.log10(figure_summary(fig).axes[0].bar_edges[0]), np.histogram_bin_edges(np.log10(skewed), bins=30))',
#     'np.array_equal(figure_summary(fig).axes[0].bar_heights[0], np.histogram(np.log10(skewed), bins=30)[0])',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'histogram', 'log-scale']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots()
# log_scale=True bins the log of the values; set_xscale afterwards only changes the display
sns.histplot(x=skewed, bins=30, log_scale=True, ax=ax)
ax.set(xlabel="value", ylabel="count", title="Distribution on a log scale")
