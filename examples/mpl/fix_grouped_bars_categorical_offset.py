# /// example
# task = """
# This code should draw grouped bars of the mean `score` of `rm_long` per `condition` (one \
# group of bars per condition, in the category order) with one bar per `time` side by side, \
# the x ticks labelled with the condition names and a legend, in the figure `fig` with Axes \
# `ax`, but it raises an error:
#
# ```python
# import matplotlib.pyplot as plt
#
# means = rm_long.pivot_table(index="condition", columns="time", values="score", observed=True)
# fig, ax = plt.subplots()
# width = 0.25
# for i, time in enumerate(means.columns):
#     ax.bar(means.index + i * width, means[time], width=width, label=f"time {time}")
# ax.set(xlabel="condition", ylabel="mean score", title="Score by condition and time")
# ax.legend()
# ```
#
# ```text
# TypeError: unsupported operand type(s) for +: 'Categorical' and 'float'
# ```
#
# Fix it."""
# prompt = """
# From my long table `rm_long` I want grouped bars: for each `condition` (in its category order) \
# one bar per `time` showing the mean `score`, bars side by side, ticks labelled with the \
# condition names, plus a legend, in `fig` / `ax`. My attempt:
#
# ```python
# import matplotlib.pyplot as plt
#
# means = rm_long.pivot_table(index="condition", columns="time", values="score", observed=True)
# fig, ax = plt.subplots()
# width = 0.25
# for i, time in enumerate(means.columns):
#     ax.bar(means.index + i * width, means[time], width=width, label=f"time {time}")
# ax.set(xlabel="condition", ylabel="mean score", title="Score by condition and time")
# ax.legend()
# ```
#
# ```text
# TypeError: unsupported operand type(s) for +: 'Categorical' and 'float'
# ```
#
# How do I shift the bars?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     # one bar group per time, each holding the condition means in category order
#     '(lambda m: len(figure_summary(fig).axes[0].bar_heights) == m.shape[1] and all(np.allclose(h, m[t].to_numpy()) for h, t in zip(figure_summary(fig).axes[0].bar_heights, m.columns)))(rm_long.groupby(["condition", "time"], observed=True)["score"].mean().unstack())',
#     # within a condition the bars sit side by side, in time order, without overlapping
#     '(lambda c: np.all(np.diff(c, axis=0) >= np.array([p.get_width() for p in ax.containers[0]]) - 1e-9))(np.array(figure_summary(fig).axes[0].bar_centers))',
#     # each condition name labels a tick inside the span of its bars
#     '(lambda c, ticks: [t.get_text() for t in ax.get_xticklabels()] == list(rm_long["condition"].cat.categories) and np.all((ticks >= c.min(axis=0) - 1e-9) & (ticks <= c.max(axis=0) + 1e-9)))(np.array(figure_summary(fig).axes[0].bar_centers), np.asarray(ax.get_xticks()))',
#     'len(figure_summary(fig).axes[0].legend_labels) == rm_long["time"].nunique()',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'bar-chart', 'groupby', 'categorical']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

means = rm_long.pivot_table(index="condition", columns="time", values="score", observed=True)
fig, ax = plt.subplots()
width = 0.25
# the index holds category labels; place the groups at numeric positions and offset from those
positions = np.arange(len(means.index))
for i, time in enumerate(means.columns):
    ax.bar(positions + i * width, means[time], width=width, label=f"time {time}")
ax.set_xticks(positions + width * (len(means.columns) - 1) / 2, labels=means.index)
ax.set(xlabel="condition", ylabel="mean score", title="Score by condition and time")
ax.legend()
