# /// example
# task = """
# Estimate the empirical probability mass function `pmf` of the non-negative integer counts \
# `event_counts` (index k = 0 .. max count, in `k`) and draw it as a stem plot; label the axes \
# and add a title. Keep the figure in `fig` and its Axes in `ax`."""
# prompt = """
# I have non-negative integer counts `event_counts`. Estimate their empirical probability mass \
# function `pmf` for k = 0 up to the maximum count (values of k in `k`) and draw it as a stem \
# plot; label the axes, add a title, and keep the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { event_counts = 'event_counts' }
# checks = [
#     'np.isclose(pmf.sum(), 1.0)',
#     'k.size == event_counts.max() + 1',
#     'np.allclose(ax.lines[0].get_ydata(), pmf)',
#     "figure_summary(fig).axes[0].title != ''",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'intermediate'
# tags = ['discrete-plot', 'counting']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

# bincount counts every k from 0 to the maximum, zeros included, so the index is the count k
pmf = np.bincount(event_counts) / event_counts.size
k = np.arange(pmf.size)

fig, ax = plt.subplots()
markerline, stemlines, baseline = ax.stem(k, pmf)
ax.set_xlabel("events per day, k")
ax.set_ylabel("P(K = k)")
ax.set_title("Empirical probability mass function")
