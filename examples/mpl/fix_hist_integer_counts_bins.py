# /// example
# task = """
# `event_counts` holds whole-number counts per hour. This code should draw their histogram in the \
# figure `fig` with one bar per count value, each bar centred on its value and as high as the \
# number of hours with that count; it runs, but some bars hold two count values and others none:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots()
# ax.hist(event_counts, bins=10, edgecolor="white")
# ax.set(xlabel="events per hour", ylabel="hours", title="Hourly event counts")
# ```
#
# Fix it."""
# prompt = """
# I want a histogram of my hourly counts `event_counts` (whole numbers) in `fig`, with exactly one \
# bar per count value centred on it, its height the number of hours with that count:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots()
# ax.hist(event_counts, bins=10, edgecolor="white")
# ax.set(xlabel="events per hour", ylabel="hours", title="Hourly event counts")
# ```
#
# Some bars lump two values together and there are empty gaps. How do I get one bar per value?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { event_counts = 'event_counts' }
# checks = [
#     # one bar per value from the smallest to the largest count, centred on it
#     'np.allclose(figure_summary(fig).axes[0].bar_centers[0], np.arange(event_counts.min(), event_counts.max() + 1))',
#     'np.allclose(figure_summary(fig).axes[0].bar_heights[0], np.bincount(event_counts - event_counts.min()))',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != ""',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'histogram', 'counting']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

# bins=10 splits the range into 10 equal widths that straddle the integers: put edges halfway between values
edges = np.arange(event_counts.min(), event_counts.max() + 2) - 0.5
fig, ax = plt.subplots()
ax.hist(event_counts, bins=edges, edgecolor="white")
ax.set(xlabel="events per hour", ylabel="hours", title="Hourly event counts")
