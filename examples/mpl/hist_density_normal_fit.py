# /// example
# task = """
# Plot a density-normalised histogram of `values` (bins="auto") and overlay the normal \
# probability density with the sample mean and standard deviation; keep the bar heights in \
# `density` and the bin edges in `edges`. Label the axes, add a title and a legend with the \
# entries "data" and "normal fit". Keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { values = 'values' }
# checks = [
#     'np.isclose(np.sum(density * np.diff(edges)), 1.0)',
#     'len(density) == len(edges) - 1 == figure_summary(fig).axes[0].n_patches',
#     "figure_summary(fig).axes[0].legend_labels == ['data', 'normal fit']",
# ]
# difficulty = 'intermediate'
# tags = ['histogram', 'density']
# [edge_cases]
# min_size = 2
# constant = false
# why = 'a normal fit needs a positive sample standard deviation: two or more values, not all equal'
# ///
import matplotlib.pyplot as plt
import numpy as np

mu, sigma = values.mean(), values.std(ddof=1)

fig, ax = plt.subplots()
density, edges, _ = ax.hist(values, bins="auto", density=True, alpha=0.6, label="data")
grid = np.linspace(edges[0], edges[-1], 200)
pdf = np.exp(-0.5 * ((grid - mu) / sigma) ** 2) / (sigma * np.sqrt(2 * np.pi))
ax.plot(grid, pdf, color="black", label="normal fit")
ax.set_xlabel("value")
ax.set_ylabel("probability density")
ax.set_title("Histogram with fitted normal density")
ax.legend()
