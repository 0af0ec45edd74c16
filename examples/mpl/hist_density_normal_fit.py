# /// example
# task = """
# Plot a density-normalised histogram of `values` (bins="auto") and overlay, as a line across the \
# full range of the bins, the normal probability density with the sample mean and sample standard \
# deviation (ddof=1); keep the bar heights in `density` and the bin edges in `edges`. Label the \
# axes, add a title and a legend with the entries "data" and "normal fit". Keep the figure in `fig`."""
# prompt = """
# Plot a density-normalised histogram of `values` with automatic binning (bins="auto") and \
# overlay, as a line spanning the full range of the bins from the first edge to the last, the \
# normal probability density with the sample mean and sample standard deviation (ddof=1). Keep \
# the bar heights in `density` and the bin edges in `edges`, label the axes, add a title and a \
# legend with entries "data" and "normal fit", and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { values = 'values' }
# checks = [
#     'np.isclose(np.sum(density * np.diff(edges)), 1.0)',
#     'len(density) == len(edges) - 1 == figure_summary(fig).axes[0].n_patches',
#     "figure_summary(fig).axes[0].legend_labels == ['data', 'normal fit']",
#     "np.allclose(edges, np.histogram_bin_edges(values, bins='auto'))",
#     "np.allclose(figure_summary(fig).axes[0].bar_heights[0], np.histogram(values, bins='auto', density=True)[0])",
#     # the curve is the normal pdf with the sample mean and ddof=1 standard deviation ...
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0][:, 1], scipy.stats.norm.pdf(figure_summary(fig).axes[0].lines_xy[0][:, 0], np.mean(values), np.std(values, ddof=1)))',
#     # ... drawn from the first bin edge to the last
#     'np.isclose(figure_summary(fig).axes[0].lines_xy[0][:, 0].min(), edges[0]) and np.isclose(figure_summary(fig).axes[0].lines_xy[0][:, 0].max(), edges[-1])',
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'intermediate'
# tags = ['histogram', 'distribution-fitting']
# [edge_cases]
# min_size = 2
# constant = false
# why = 'a normal fit needs a positive sample standard deviation: two or more values, not all equal'
# ///
import matplotlib.pyplot as plt
import numpy as np

mu, sigma = values.mean(), values.std(ddof=1)

fig, ax = plt.subplots()
# density=True scales the bars to unit total area, the same scale as the pdf drawn over them
density, edges, _ = ax.hist(values, bins="auto", density=True, alpha=0.6, label="data")
grid = np.linspace(edges[0], edges[-1], 200)
pdf = np.exp(-0.5 * ((grid - mu) / sigma) ** 2) / (sigma * np.sqrt(2 * np.pi))
ax.plot(grid, pdf, color="black", label="normal fit")
ax.set_xlabel("value")
ax.set_ylabel("probability density")
ax.set_title("Histogram with fitted normal density")
ax.legend()
