# /// example
# task = """
# Simulate 300 background-subtracted concentrations `concentration` (lognormal minus 0.2, so some \
# are zero or negative), and plot a histogram of the positive ones on a logarithmic x axis with \
# 30 logarithmically spaced bins; count the excluded non-positive values in `n_dropped` and state \
# it in the title, keep the bar counts in `counts`, and label the axes. Keep the figure in `fig` \
# and its Axes in `ax`."""
# prompt = """
# Simulate 300 background-subtracted concentrations `concentration` (lognormal minus 0.2, so some \
# come out zero or negative) and plot a histogram of the positive ones on a logarithmic x axis \
# with 30 logarithmically spaced bins. Count the excluded non-positive values in `n_dropped` and \
# state that number in the title, keep the bar counts in `counts`, label the axes, and keep the \
# figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     'n_dropped == np.sum(concentration <= 0) and n_dropped > 0',
#     'counts.sum() == np.sum(concentration > 0) and len(counts) == 30',
#     "figure_summary(fig).axes[0].xscale == 'log'",
#     'str(n_dropped) in ax.get_title()',
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'intermediate'
# tags = ['log-scale', 'histogram']
# ///
import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(4)
concentration = rng.lognormal(0.0, 1.5, 300) - 0.2

# a log axis cannot show values <= 0: drop them explicitly and say so
positive = concentration[concentration > 0]
n_dropped = concentration.size - positive.size
bins = np.geomspace(positive.min(), positive.max(), 31)

fig, ax = plt.subplots()
counts, _, _ = ax.hist(positive, bins=bins)
ax.set_xscale("log")
ax.set_xlabel("concentration (µg/L)")
ax.set_ylabel("count")
ax.set_title(f"Concentrations ({n_dropped} non-positive values excluded)")
