# /// example
# task = """
# Fit a normal distribution to `values` by maximum likelihood (`loc`, `scale`), then on the Axes \
# `ax` draw a 30-bin density histogram labelled "data" and the fitted density labelled "normal \
# fit", with axis labels "value" and "density", a title and a legend."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'matplotlib', 'numpy']
# inputs = { values = 'values' }
# checks = [
#     'np.isclose(loc, values.mean()) and np.isclose(scale, values.std())',
#     "figure_summary().axes[0].legend_labels == ['data', 'normal fit']",
#     'figure_summary().axes[0].n_patches >= 30 and figure_summary().axes[0].n_lines == 1',
#     "figure_summary().axes[0].xlabel == 'value' and figure_summary().axes[0].ylabel == 'density'",
# ]
# difficulty = 'basic'
# tags = ['fitting', 'histogram', 'custom-plotting']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

loc, scale = stats.norm.fit(values)

fig, ax = plt.subplots()
ax.hist(values, bins=30, density=True, alpha=0.6, label="data")
grid = np.linspace(values.min(), values.max(), 200)
ax.plot(grid, stats.norm.pdf(grid, loc, scale), label="normal fit")
ax.set(xlabel="value", ylabel="density", title=f"Normal fit: mean {loc:.2f}, sd {scale:.2f}")
ax.legend()
