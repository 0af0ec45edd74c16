# /// example
# task = """
# Draw the integer array `event_counts` as a seaborn `swarmplot` (marker size 8) on a small \
# `fig, ax` (3 x 2.5 inches). Repeated values make wide swarms and seaborn warns when it cannot \
# place every point: catch that warning (or skip the swarm outright for more than 300 points), \
# record whether it happened in the bool `overflowed`, and in that case clear the axes and draw \
# a jittered, semi-transparent (alpha 0.5) `stripplot` instead; label the y axis "Events per \
# interval" and name the plot kind used ("swarm" or "strip") in the title."""
# prompt = """
# I want to show my integer array `event_counts` as a seaborn swarm plot (marker size 8) on a \
# small `fig, ax` of 3 x 2.5 inches, but repeated values make wide swarms and seaborn warns when \
# it can't place every point. Catch that warning (or skip the swarm outright when there are more \
# than 300 points), record whether it happened in the bool `overflowed`, and in that case clear \
# the axes and draw a jittered strip plot with alpha 0.5 instead. Label the y axis "Events per \
# interval" and name the kind of plot used ("swarm" or "strip") in the title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { event_counts = 'event_counts' }
# checks = [
#     'isinstance(overflowed, bool)',
#     # a handful of 8-point markers always fits in the swarm: seaborn has nothing to warn about
#     'len(event_counts) > 5 or not overflowed',
#     'len(ax.collections) == 1 and len(ax.collections[0].get_offsets()) == len(event_counts)',
#     "('strip' in figure_summary(fig).axes[0].title) == overflowed and ('swarm' in figure_summary(fig).axes[0].title) != overflowed",
#     '(ax.collections[0].get_alpha() == 0.5) == overflowed',
#     "figure_summary(fig).axes[0].ylabel == 'Events per interval'",
# ]
# difficulty = 'advanced'
# tags = ['error-handling', 'warnings', 'strip-plot']
# edge_cases = true
# ///
import warnings

import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(3, 2.5))
# large swarms are slow to lay out and cannot fit anyway
overflowed = len(event_counts) > 300
if not overflowed:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sns.swarmplot(y=event_counts, size=8, ax=ax)
        fig.canvas.draw()  # the swarm layout, and its warning, happen at draw time
    overflowed = any("cannot be placed" in str(w.message) for w in caught)
if overflowed:
    # seaborn's own advice: fall back to a strip plot
    ax.clear()
    sns.stripplot(y=event_counts, size=3, jitter=0.35, alpha=0.5, ax=ax)
kind = "strip" if overflowed else "swarm"
ax.set(ylabel="Events per interval", title=f"Event counts ({kind} plot)")
