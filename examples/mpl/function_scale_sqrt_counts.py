# /// example
# task = """
# Draw how often each distinct value of the count sample `event_counts` occurs as vertical \
# bars (one bar centred on each value present) and put the y axis on a square-root scale with \
# `set_yscale("function", functions=...)`, so both the rare and the common counts stay \
# readable. Keep the figure in `fig` and its Axes in `ax`, label the axes."""
# prompt = """
# I want bars of how often each value of my Poisson-like `event_counts` occurs (one bar per \
# value that occurs), but the rare counts vanish next to the common ones. Put the y axis on a \
# square-root scale, a custom "function" scale built from sqrt and its inverse. Keep `fig` and \
# `ax`, with axis labels."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { event_counts = 'event_counts' }
# checks = [
#     'figure_summary(fig).axes[0].yscale == "function"',
#     # the scale maps 4 -> 2 and 9 -> 3 (up to an affine rescaling of the whole axis)
#     '(lambda t: np.isclose((t[2] - t[1]) / (t[1] - t[0]), 1.0))(ax.yaxis.get_transform().transform(np.array([1.0, 4.0, 9.0])))',
#     'np.allclose(figure_summary(fig).axes[0].bar_heights[0], np.unique(event_counts, return_counts=True)[1]) and np.allclose(figure_summary(fig).axes[0].bar_centers[0], np.unique(event_counts))',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != ""',
# ]
# difficulty = 'intermediate'
# tags = ['bar-chart', 'counting', 'tick-formatting']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

values, frequencies = np.unique(event_counts, return_counts=True)

fig, ax = plt.subplots(figsize=(5, 3.5))
ax.bar(values, frequencies, width=0.8)
# forward and inverse must both be given; clip keeps the sqrt defined at the axis margin
ax.set_yscale("function", functions=(lambda y: np.sqrt(np.clip(y, 0, None)), np.square))
ax.set(xlabel="events per interval", ylabel="number of intervals (sqrt scale)")
