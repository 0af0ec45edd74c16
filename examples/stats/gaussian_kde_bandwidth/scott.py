# /// example
# task = """
# Estimate the density of `values` with a Gaussian kernel density estimate whose bandwidth \
# follows Scott's rule (bw_method="scott"); store the estimator in `kde` and its density on a \
# 400-point `grid` extending three standard deviations beyond the data in `density`. On the Axes \
# `ax`, overlay a 30-bin density histogram labelled "data" and the KDE curve labelled "KDE \
# (scott)", with axis labels "value" and "density" and a legend."""
# prompt = """
# Estimate the density of `values` with a Gaussian KDE using Scott's rule for the bandwidth; \
# store the estimator in `kde`, a 400-point `grid` from three standard deviations below the \
# minimum to three above the maximum, and the KDE evaluated on it in `density`. On the Axes `ax`, \
# overlay a 30-bin density-normalised histogram labelled "data" and the KDE curve labelled "KDE \
# (scott)", with axis labels "value" and "density" and a legend."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy', 'matplotlib']
# inputs = { values = 'values' }
# checks = [
#     'density.shape == grid.shape == (400,) and np.all(density >= 0)',
#     # "three standard deviations": the population (ddof=0) or the sample (ddof=1) one
#     'any(np.isclose(grid[0], values.min() - 3 * values.std(ddof=d)) and np.isclose(grid[-1], values.max() + 3 * values.std(ddof=d)) for d in (0, 1))',
#     # the grid holds nearly all of the estimate's mass (least with two points, where the
#     # kernels are widest: about 99%), and the curve integrates to it wherever the grid
#     # resolves the kernels (not on a sample spread over a few floating-point steps)
#     'kde.integrate_box_1d(grid[0], grid[-1]) > 0.98',
#     'np.diff(grid).max() > np.sqrt(kde.covariance[0, 0]) / 2 or abs(np.sum((density[1:] + density[:-1]) / 2 * np.diff(grid)) - kde.integrate_box_1d(grid[0], grid[-1])) < 1e-3',
#     'np.isclose(kde.factor, len(values) ** (-1 / 5))',
#     'np.isclose(kde.covariance[0, 0], np.var(values, ddof=1) * kde.factor ** 2)',
#     "figure_summary().axes[0].legend_labels == ['data', 'KDE (scott)']",
#     'figure_summary().axes[0].n_lines == 1 and figure_summary().axes[0].n_patches == 30',
#     # a density histogram: its bars enclose unit area
#     'np.isclose(sum(bar.get_width() * bar.get_height() for bar in ax.patches), 1)',
# ]
# difficulty = 'intermediate'
# tags = ['density-estimation', 'parameter-choice']
# family = 'stats.gaussian_kde_bandwidth'
# [edge_cases]
# min_size = 2
# constant = false
# why = "a Gaussian KDE's bandwidth is scaled by the sample's spread: it needs two or more values that vary"
# ///
import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

# the kernel's width is kde.factor (n**(-1/5) under Scott's rule) times the data's standard
# deviation
kde = stats.gaussian_kde(values, bw_method="scott")
pad = 3 * values.std()
grid = np.linspace(values.min() - pad, values.max() + pad, 400)
density = kde(grid)

fig, ax = plt.subplots()
ax.hist(values, bins=30, density=True, alpha=0.4, label="data")
ax.plot(grid, density, label="KDE (scott)")
ax.set(xlabel="value", ylabel="density", title=f"Gaussian KDE, bandwidth factor {kde.factor:.3f}")
ax.legend()
