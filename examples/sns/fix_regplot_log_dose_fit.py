# /// example
# task = """
# `dose_response` has a `response` measured at log-spaced `concentration` levels. This code \
# should scatter the replicates on a log concentration axis in the figure `fig` with the straight \
# line fitted to `response` against the logarithm of `concentration` (no confidence band). It \
# runs, but the fitted line is a straight line in raw concentration, which bends on the log axis \
# and misses the points:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots()
# sns.regplot(data=dose_response, x="concentration", y="response", ci=None, ax=ax)
# ax.set_xscale("log")
# ax.set(xlabel="concentration", ylabel="response", title="Dose response")
# ```
#
# Fix it."""
# prompt = """
# My `dose_response` table has `response` at log-spaced `concentration` levels. In `fig` I want \
# the points on a log concentration axis and a regression line of `response` on \
# log(`concentration`), without the confidence band:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots()
# sns.regplot(data=dose_response, x="concentration", y="response", ci=None, ax=ax)
# ax.set_xscale("log")
# ax.set(xlabel="concentration", ylabel="response", title="Dose response")
# ```
#
# The line curves away from the data on the log axis. How do I fit in log concentration?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { dose_response = 'dose_response' }
# checks = [
#     'figure_summary(fig).axes[0].xscale == "log"',
#     'np.allclose(figure_summary(fig).axes[0].scatter_xy[0], dose_response[["concentration", "response"]].to_numpy())',
#     # the line is response = a + b * log(concentration) with a, b from least squares
#     '(lambda line: len(line) > 1 and np.allclose(line[:, 1], np.polyval(np.polyfit(np.log(dose_response["concentration"]), dose_response["response"], 1), np.log(line[:, 0]))))(figure_summary(fig).axes[0].lines_xy[0])',
#     # no confidence band: regplot draws it as a filled PolyCollection
#     'not any(isinstance(c, matplotlib.collections.PolyCollection) for c in fig.axes[0].collections)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'regression', 'log-scale', 'scatter-plot']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots()
# logx=True fits response against log(concentration); set_xscale only changes the display
sns.regplot(data=dose_response, x="concentration", y="response", logx=True, ci=None, ax=ax)
ax.set_xscale("log")
ax.set(xlabel="concentration", ylabel="response", title="Dose response")
