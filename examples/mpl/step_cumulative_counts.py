# /// example
# task = """
# Plot the running total `cumulative` of the daily event counts `event_counts` as a post-step \
# function of the day number `days` (1, 2, ...) with `Axes.step` (drawstyle "steps-post": each \
# total holds until the next day); label the axes and add a title. Keep the figure in `fig` and \
# its Axes in `ax`."""
# prompt = """
# Plot the running total `cumulative` of the daily event counts `event_counts` against the day \
# number `days` (1, 2, ...) as a post-step line (drawstyle "steps-post"), so each total holds \
# until the next day. Label the axes, add a title, and keep the figure in `fig` and the Axes in \
# `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { event_counts = 'event_counts' }
# checks = [
#     'cumulative[-1] == event_counts.sum()',
#     "ax.lines[0].get_drawstyle() == 'steps-post' and np.allclose(ax.lines[0].get_xdata(), np.arange(1, event_counts.size + 1)) and np.allclose(ax.lines[0].get_ydata(), np.cumsum(event_counts))",
#     "figure_summary(fig).axes[0].title != ''",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'basic'
# tags = ['discrete-plot', 'counting']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

days = np.arange(1, event_counts.size + 1)
cumulative = np.cumsum(event_counts)

fig, ax = plt.subplots()
# "post": the total stays constant until the next day's events arrive
ax.step(days, cumulative, where="post")
ax.set_xlabel("day")
ax.set_ylabel("cumulative events")
ax.set_title("Cumulative event count")
