# /// example
# task = """
# The positive sample `skewed` holds response times in seconds. Histogram it with 20 \
# log-spaced bins from its minimum to its maximum (`edges = np.geomspace(skewed.min(), \
# skewed.max(), 21)`) on a logarithmic x axis, and format the major x tick labels as plain \
# numbers followed by " s" with a `FuncFormatter` (e.g. "10 s", "0.5 s") instead of powers of \
# ten; label the axes and title. Keep the figure in `fig` and its Axes in `ax`."""
# prompt = """
# My response times `skewed` (in seconds, all positive) span a wide range. Draw a histogram with \
# 20 bins evenly spaced on a log scale from the smallest to the largest time (keep the bin edges \
# in `edges`, from np.geomspace), show the x axis on a log scale, and make the major x tick \
# labels read like "10 s" or "0.5 s" rather than powers of ten. Label the axes, add a title, and \
# keep the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     'np.allclose(edges, np.geomspace(skewed.min(), skewed.max(), 21))',
#     'np.allclose(figure_summary(fig).axes[0].bar_heights[0], np.histogram(skewed, bins=np.geomspace(skewed.min(), skewed.max(), 21))[0])',
#     'np.allclose(figure_summary(fig).axes[0].bar_edges[0], np.geomspace(skewed.min(), skewed.max(), 21))',
#     "figure_summary(fig).axes[0].xscale == 'log'",
#     # plain numbers, not mathtext powers of ten
#     "any(figure_summary(fig).axes[0].xticklabels) and all(t.endswith(' s') and t[:1].isdigit() for t in figure_summary(fig).axes[0].xticklabels if t)",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != '' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['tick-formatting', 'histogram', 'log-scale']
# [edge_cases]
# constant = false
# min_size = 2
# why = 'log-spaced bins from the minimum to the maximum need at least two times that differ'
# ///
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.ticker import FuncFormatter

edges = np.geomspace(skewed.min(), skewed.max(), 21)

fig, ax = plt.subplots()
ax.hist(skewed, bins=edges, edgecolor="white")
ax.set_xscale("log")
# "g" drops trailing zeros: 10 s, 0.5 s, 1e+06 s for very large values
ax.xaxis.set_major_formatter(FuncFormatter(lambda seconds, pos: f"{seconds:g} s"))
ax.set_xlabel("response time")
ax.set_ylabel("number of responses")
ax.set_title("Response times on a log scale")
