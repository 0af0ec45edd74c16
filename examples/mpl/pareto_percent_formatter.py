# /// example
# task = """
# Draw a Pareto chart of the integer array `event_counts` on the Axes `ax`: one bar per distinct \
# value, its height how often that value occurs, bars sorted from most to least frequent, each bar's \
# x tick labelled with its value. On a twin y axis `ax_share` (`ax.twinx()`), draw the cumulative \
# percentage of all observations as a line with markers, its tick labels formatted as percentages \
# by `PercentFormatter(xmax=100)`. Label the axes and title. Keep the figure in `fig`."""
# prompt = """
# I want a Pareto chart of my integer `event_counts`: a bar for each distinct value showing how \
# often it occurs, sorted from the most to the least frequent, with each bar labelled by its value, \
# on the Axes `ax`. Overlay the running cumulative percentage of all observations as a line with \
# markers on a second y axis `ax_share` that shares the x axis, with its ticks shown as \
# percentages (0-100 scale). Label the axes, add a title, and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas', 'numpy']
# inputs = { event_counts = 'event_counts' }
# checks = [
#     '(lambda f: np.allclose(figure_summary(fig).axes[0].bar_heights[0], np.sort(f[f > 0])[::-1]))(np.bincount(event_counts))',
#     # upright bars, rising from 0
#     'all(np.isclose(p.get_y(), 0) for p in ax.patches)',
#     # every bar's tick label names a value that occurs exactly that often (ties may come in any order)
#     '(lambda f, a: len(a.xticklabels) == len(a.bar_heights[0]) and all(f[int(label)] == h for label, h in zip(a.xticklabels, a.bar_heights[0])))(np.bincount(event_counts), figure_summary(fig).axes[0])',
#     '(lambda f: np.allclose(axes_summary(ax_share).lines_xy[0][:, 1], 100 * np.cumsum(np.sort(f[f > 0])[::-1]) / event_counts.size))(np.bincount(event_counts))',
#     'np.allclose(axes_summary(ax_share).lines_xy[0][:, 0], figure_summary(fig).axes[0].bar_centers[0])',
#     "any(t.endswith('%') for t in axes_summary(ax_share).yticklabels) and all(t.endswith('%') for t in axes_summary(ax_share).yticklabels if t)",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != '' and axes_summary(ax_share).ylabel != '' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['tick-formatting', 'bar-chart', 'twin-axes', 'counting']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import PercentFormatter

frequency = pd.Series(event_counts).value_counts()  # sorted from most to least frequent
cumulative_share = 100 * frequency.cumsum() / frequency.sum()
positions = np.arange(len(frequency))

fig, ax = plt.subplots(figsize=(8, 4))
ax.bar(positions, frequency.to_numpy(), color="tab:blue")
ax.set_xticks(positions, labels=frequency.index.astype(str))
ax.set_xlabel("events per interval")
ax.set_ylabel("number of intervals")
ax.set_title("Pareto chart of event counts")

ax_share = ax.twinx()
ax_share.plot(positions, cumulative_share.to_numpy(), color="tab:red", marker="o")
# xmax=100: the plotted values are already percentages
ax_share.yaxis.set_major_formatter(PercentFormatter(xmax=100))
ax_share.set_ylim(0, 105)
ax_share.set_ylabel("cumulative share")
