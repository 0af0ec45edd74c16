# /// example
# task = """
# Plot the empirical CDF of the sample `values` as points (x sorted ascending, y the plotting \
# position `(i - 0.5) / n` for the i-th smallest of n values) on a logit-scaled y axis, so that \
# both tails are stretched. Keep the figure in `fig` and its Axes in `ax`, label both axes and add \
# a title."""
# prompt = """
# For my sample `values` I want an ECDF where the tails are readable: sort the values, use the \
# plotting positions `(i - 0.5) / n` (i = 1..n) as y, and put the y axis on a logit scale. \
# Points only, axis labels and a title; keep `fig` and `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { values = 'values' }
# checks = [
#     'figure_summary(fig).axes[0].yscale == "logit"',
#     # one series of points: the sorted values against (i - 0.5) / n
#     '(lambda pts: np.allclose(pts[:, 0], np.sort(values)) and np.allclose(pts[:, 1], (np.arange(1, len(values) + 1) - 0.5) / len(values)))(np.concatenate(figure_summary(fig).axes[0].lines_xy + figure_summary(fig).axes[0].scatter_xy))',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'intermediate'
# tags = ['ecdf', 'log-scale']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

sorted_values = np.sort(values)
n = len(sorted_values)
# (i - 0.5) / n stays strictly inside (0, 1), where the logit is finite
positions = (np.arange(1, n + 1) - 0.5) / n

fig, ax = plt.subplots(figsize=(5, 4))
ax.plot(sorted_values, positions, "o", markersize=3)
ax.set_yscale("logit")
ax.set(xlabel="value", ylabel="cumulative probability", title="ECDF on a logit scale")
