# /// example
# task = """
# Draw the monthly website visits below as a stacked area chart with `stackplot` on `fig, ax`: \
# months on the x axis at positions 0..3 labelled with the month names, the channels stacked \
# from the bottom in the order shown (search, social, direct), a legend with the channel \
# names. The top edge of each layer must follow the running totals of the wanted output.
#
# ```text
# month  search  social  direct
# Jan       120      40      60
# Feb       150      55      62
# Mar       170      80      58
# Apr       160     120      65
# ```
#
# Wanted top edges of the layers:
#
# ```text
# search           120  150  170  160
# search+social    160  205  250  280
# all three        220  267  308  345
# ```"""
# prompt = """
# Please make a stacked area chart (stackplot) of these visits on `fig, ax`, layers from the \
# bottom search, social, direct, x positions 0..3 labelled Jan..Apr, with a legend:
#
# ```text
# month  search  social  direct
# Jan       120      40      60
# Feb       150      55      62
# Mar       170      80      58
# Apr       160     120      65
# ```
#
# The layer tops should come out as:
#
# ```text
# search           120  150  170  160
# search+social    160  205  250  280
# all three        220  267  308  345
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas', 'numpy']
# inputs = {}
# checks = [
#     # the top edge of each layer: the highest vertex at each x position
#     '[[max(v[np.isclose(v[:, 0], x0), 1]) for x0 in range(4)] for v in (c.get_paths()[0].vertices for c in ax.collections)] == [[120, 150, 170, 160], [160, 205, 250, 280], [220, 267, 308, 345]]',
#     # and the bottom edge of each layer is the top of the one below (0 for the first)
#     '[[min(v[np.isclose(v[:, 0], x0), 1]) for x0 in range(4)] for v in (c.get_paths()[0].vertices for c in ax.collections)] == [[0, 0, 0, 0], [120, 150, 170, 160], [160, 205, 250, 280]]',
#     'figure_summary(fig).axes[0].legend_labels == ["search", "social", "direct"]',
#     '[t for t in figure_summary(fig).axes[0].xticklabels if t] == ["Jan", "Feb", "Mar", "Apr"] and np.allclose(ax.get_xticks(), range(4))',
# ]
# difficulty = 'basic'
# tags = ['filled-area', 'legend']
# ///
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

visits = pd.DataFrame(
    {"search": [120, 150, 170, 160], "social": [40, 55, 80, 120], "direct": [60, 62, 58, 65]},
    index=["Jan", "Feb", "Mar", "Apr"],
)
positions = np.arange(len(visits))

fig, ax = plt.subplots(figsize=(5, 3.5))
# stackplot takes one row per layer: the transposed table
ax.stackplot(positions, visits.T.to_numpy(), labels=visits.columns)
ax.set_xticks(positions, visits.index)
ax.set(ylabel="visits", title="Visits by channel")
ax.legend(loc="upper left")
