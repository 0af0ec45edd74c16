# /// example
# task = """
# Plot a histogram of `skewed` (20 bins) whose bar heights are fractions of all observations \
# (weights 1/n, heights in `fractions`), and format the y tick labels as percentages with \
# `PercentFormatter`; label the axes and title. Keep the figure in `fig`."""
# prompt = """
# Plot a 20-bin histogram of `skewed` where each bar's height is the fraction of all observations \
# (weights of 1/n, heights kept in `fractions`), and format the y tick labels as percentages with \
# a PercentFormatter. Label the axes, add a title, and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     'np.isclose(fractions.sum(), 1.0)',
#     "all(label.endswith('%') for label in figure_summary(fig).axes[0].yticklabels if label)",
#     # a fraction of 1 is 100%: PercentFormatter's xmax is 1 (its default, 100, shows 0.25 as 0%)
#     '(lambda f: isinstance(f, matplotlib.ticker.PercentFormatter) and f.xmax == 1)(fig.axes[0].yaxis.get_major_formatter())',
#     'np.allclose(figure_summary(fig).axes[0].bar_heights[0], np.histogram(skewed, bins=20)[0] / len(skewed))',
#     'figure_summary(fig).axes[0].n_patches == 20',
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'intermediate'
# tags = ['tick-formatting', 'histogram']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.ticker import PercentFormatter

fig, ax = plt.subplots()
# weights of 1/n make each bar the fraction of observations (summing to 1); density=True
# would divide by the bin width as well
fractions, edges, _ = ax.hist(skewed, bins=20, weights=np.full(skewed.size, 1 / skewed.size))
ax.set_xlabel("value")
ax.set_ylabel("share of observations")
ax.set_title("Distribution of a skewed sample")
ax.yaxis.set_major_formatter(PercentFormatter(xmax=1))
