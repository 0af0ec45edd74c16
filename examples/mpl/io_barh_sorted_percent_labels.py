# /// example
# task = """
# Draw the survey answers below as horizontal bars on `fig, ax`, sorted so the most frequent \
# answer is at the top, each bar's length the number of respondents, and each bar labelled at \
# its end with its share of all respondents as a whole percent (`bar_label`), matching the \
# wanted output from top to bottom.
#
# ```text
# answer           respondents
# Email                     45
# Phone                     12
# Chat                      30
# In person                 13
# ```
#
# Wanted, top to bottom:
#
# ```text
# Email       45   45%
# Chat        30   30%
# In person   13   13%
# Phone       12   12%
# ```"""
# prompt = """
# Can you turn these answers into a horizontal bar chart on `fig, ax`, biggest at the top, bar \
# length = respondents, and the percentage of all respondents written at the end of each bar \
# (bar_label, whole percent)?
#
# ```text
# answer           respondents
# Email                     45
# Phone                     12
# Chat                      30
# In person                 13
# ```
#
# It should read top to bottom:
#
# ```text
# Email       45   45%
# Chat        30   30%
# In person   13   13%
# Phone       12   12%
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = {}
# checks = [
#     # rows ordered from the top of the plot down (an inverted y axis puts the lowest centre on top)
#     '(lambda c, h: [int(v) for _, v in sorted(zip(c, h), reverse=not ax.yaxis_inverted())] == [45, 30, 13, 12])(figure_summary(fig).axes[0].bar_centers[0], figure_summary(fig).axes[0].bar_heights[0])',
#     'figure_summary(fig).axes[0].bar_orientations == ["horizontal"]',
#     '(lambda c, t: [x for _, x in sorted(zip(c, t), reverse=not ax.yaxis_inverted())] == ["45%", "30%", "13%", "12%"])(figure_summary(fig).axes[0].bar_centers[0], figure_summary(fig).axes[0].texts)',
#     '(lambda labels: [labels[i] for i in np.argsort(np.asarray(ax.get_yticks()) * (1 if ax.yaxis_inverted() else -1))] == ["Email", "Chat", "In person", "Phone"])([t.get_text() for t in ax.get_yticklabels()])',
# ]
# difficulty = 'basic'
# tags = ['bar-chart', 'annotation', 'sorting']
# ///
import matplotlib.pyplot as plt
import pandas as pd

answers = pd.Series({"Email": 45, "Phone": 12, "Chat": 30, "In person": 13})
# ascending order: barh draws the first bar at the bottom, so the largest ends on top
ordered = answers.sort_values()
shares = ordered / ordered.sum()

fig, ax = plt.subplots(figsize=(5, 3))
bars = ax.barh(ordered.index, ordered.to_numpy())
ax.bar_label(bars, labels=[f"{s:.0%}" for s in shares], padding=3)
ax.set(xlabel="respondents", title="Preferred contact channel")
