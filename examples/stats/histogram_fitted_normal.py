# /// example
# task = """
# Fit a normal distribution to `values` by maximum likelihood (`loc`, `scale`), then on the Axes \
# `ax` draw a 30-bin density histogram labelled "data" and the fitted density over the data \
# range labelled "normal fit", with axis labels "value" and "density", a title and a legend."""
# prompt = """
# Fit a normal distribution to `values` by maximum likelihood, storing the estimates in `loc` and \
# `scale`. Then on the Axes `ax` draw a 30-bin density histogram labelled "data" and the fitted \
# normal density as a single line spanning the whole data range, labelled "normal fit", with axis \
# labels "value" and "density", a title and a legend."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'matplotlib', 'numpy']
# inputs = { values = 'values' }
# checks = [
#     'np.isclose(loc, values.mean()) and np.isclose(scale, values.std())',
#     "figure_summary().axes[0].legend_labels == ['data', 'normal fit']",
#     'figure_summary().axes[0].n_patches >= 30 and figure_summary().axes[0].n_lines == 1',
#     "figure_summary().axes[0].xlabel == 'value' and figure_summary().axes[0].ylabel == 'density'",
#     'np.allclose(figure_summary().axes[0].bar_heights[0], np.histogram(values, bins=30, density=True)[0])',
#     # the curve is the fitted normal density and reaches both ends of the data
#     'np.allclose(figure_summary().axes[0].lines_xy[0][:, 1], scipy.stats.norm.pdf(figure_summary().axes[0].lines_xy[0][:, 0], loc, scale), equal_nan=True)',
#     'figure_summary().axes[0].lines_xy[0][:, 0].min() <= values.min() and figure_summary().axes[0].lines_xy[0][:, 0].max() >= values.max()',
# ]
# difficulty = 'basic'
# tags = ['distribution-fitting', 'histogram']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

# the maximum-likelihood scale is the population standard deviation (ddof=0)
loc, scale = stats.norm.fit(values)

fig, ax = plt.subplots()
ax.hist(values, bins=30, density=True, alpha=0.6, label="data")
grid = np.linspace(values.min(), values.max(), 200)
ax.plot(grid, stats.norm.pdf(grid, loc, scale), label="normal fit")
ax.set(xlabel="value", ylabel="density", title=f"Normal fit: mean {loc:.2f}, sd {scale:.2f}")
ax.legend()
