# /// example
# task = """
# For each `concentration` of `dose_response` this code should plot the median `response` \
# with asymmetric error bars reaching down to the 25th and up to the 75th percentile, on a log \
# x axis, in the figure `fig` with Axes `ax`, but it raises an error:
#
# ```python
# import matplotlib.pyplot as plt
# import numpy as np
#
# summary = dose_response.groupby("concentration")["response"].quantile([0.25, 0.5, 0.75]).unstack()
# fig, ax = plt.subplots()
# ax.errorbar(
#     summary.index,
#     summary[0.5],
#     yerr=np.column_stack([summary[0.5] - summary[0.25], summary[0.75] - summary[0.5]]),
#     fmt="o-",
#     capsize=3,
# )
# ax.set(xscale="log", xlabel="concentration", ylabel="response", title="Median response with IQR")
# ```
#
# ```text
# ValueError: 'yerr' (shape: (8, 2)) must be a scalar or a 1D or (2, n) array-like whose shape matches 'y' (shape: (8,))
# ```
#
# Fix it."""
# prompt = """
# I want the median `response` at each `concentration` of my `dose_response` table, with error \
# bars from the 25th to the 75th percentile (so they are asymmetric), on a log x axis, in `fig` \
# and `ax`. This fails:
#
# ```python
# import matplotlib.pyplot as plt
# import numpy as np
#
# summary = dose_response.groupby("concentration")["response"].quantile([0.25, 0.5, 0.75]).unstack()
# fig, ax = plt.subplots()
# ax.errorbar(
#     summary.index,
#     summary[0.5],
#     yerr=np.column_stack([summary[0.5] - summary[0.25], summary[0.75] - summary[0.5]]),
#     fmt="o-",
#     capsize=3,
# )
# ax.set(xscale="log", xlabel="concentration", ylabel="response", title="Median response with IQR")
# ```
#
# ```text
# ValueError: 'yerr' (shape: (8, 2)) must be a scalar or a 1D or (2, n) array-like whose shape matches 'y' (shape: (8,))
# ```
#
# How do I pass the lower and upper errors?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas', 'numpy']
# inputs = { dose_response = 'dose_response' }
# checks = [
#     '(lambda q: np.allclose(figure_summary(fig).axes[0].errorbar_spans[0], np.column_stack([q[0.25], q[0.75]])))(dose_response.groupby("concentration")["response"].quantile([0.25, 0.75]).unstack())',
#     '(lambda med: np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([med.index, med.to_numpy()])))(dose_response.groupby("concentration")["response"].median())',
#     'ax.get_xscale() == "log"',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'error-bars', 'quantiles', 'log-scale']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

summary = dose_response.groupby("concentration")["response"].quantile([0.25, 0.5, 0.75]).unstack()
fig, ax = plt.subplots()
# asymmetric errors go in as two rows, [below, above], each with one value per point: shape (2, n)
lower = summary[0.5] - summary[0.25]
upper = summary[0.75] - summary[0.5]
ax.errorbar(summary.index, summary[0.5], yerr=[lower, upper], fmt="o-", capsize=3)
ax.set(xscale="log", xlabel="concentration", ylabel="response", title="Median response with IQR")
