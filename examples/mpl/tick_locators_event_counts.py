# /// example
# task = """
# Draw a bar chart of how often each count occurs in the integer array `event_counts` (one bar per \
# value from 0 to the maximum, zero-height bars for values that never occur). Put major x ticks \
# every 5 with `MultipleLocator(5)` and minor x ticks at every count with `MultipleLocator(1)`, and \
# force whole-number y ticks with `MaxNLocator(integer=True)`; label the axes and title. Keep the \
# figure in `fig` and its Axes in `ax`."""
# prompt = """
# For my integer event counts `event_counts`, draw a bar chart of how many times each count from \
# 0 up to the maximum occurs (bars of height zero where a count never shows up). The x axis \
# should have major ticks every 5 and minor ticks at every integer, and the y axis must only use \
# whole-number ticks since it counts occurrences. Label the axes, add a title, and keep the \
# figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { event_counts = 'event_counts' }
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].bar_heights[0], np.bincount(event_counts))',
#     'np.allclose(figure_summary(fig).axes[0].bar_centers[0], np.arange(event_counts.max() + 1))',
#     # tick positions inside the view; minors fill the integers between majors (none sit under a major)
#     '(lambda lo, hi, locs: np.allclose(np.diff(locs[(locs >= lo) & (locs <= hi)]), 5))(*ax.get_xlim(), ax.xaxis.get_majorticklocs())',
#     '(lambda lo, hi, locs: np.allclose(np.diff(locs[(locs >= lo) & (locs <= hi)]), 1))(*ax.get_xlim(), np.union1d(ax.xaxis.get_majorticklocs(), ax.xaxis.get_minorticklocs()))',
#     'all(float(t).is_integer() for t in ax.get_yticks())',
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != '' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['tick-formatting', 'bar-chart', 'counting']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.ticker import MaxNLocator, MultipleLocator

frequency = np.bincount(event_counts)

fig, ax = plt.subplots()
ax.bar(np.arange(frequency.size), frequency, width=0.8)
ax.xaxis.set_major_locator(MultipleLocator(5))
ax.xaxis.set_minor_locator(MultipleLocator(1))
# occurrences are whole numbers: no tick at 0.5 even when the bars are short
ax.yaxis.set_major_locator(MaxNLocator(integer=True))
ax.set_xlabel("events per interval")
ax.set_ylabel("number of intervals")
ax.set_title("Frequency of event counts")
