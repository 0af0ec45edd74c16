# /// example
# task = '''
# Write the function `despine` below, then draw how often each distinct value of the sample
# `event_counts` occurs (one bar centred on each value present, no empty bars) on `fig, ax` with x and y labels and call
# `despine(ax)` on it.
#
# ```python
# def despine(ax, sides=("top", "right")):
#     """Hide the named spines of `ax` ("left", "right", "top", "bottom"), keep
#     the others visible, and return `ax`. Hiding "left" or "bottom" also
#     removes that axis' ticks and tick labels. Raise ValueError for any
#     other side name.
#     """
# ```'''
# prompt = '''
# Please write `despine(ax, sides=("top", "right"))`: it hides the listed spines of the Axes
# (any of "left", "right", "top", "bottom"), leaves the rest visible, returns `ax`, drops the
# ticks and tick labels of the left or bottom axis when that spine goes, and raises a ValueError
# for an unknown side. Then plot how often each value of my `event_counts` occurs, one bar
# centred on each value present, on `fig, ax`, label the axes, and despine it.'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { event_counts = 'event_counts' }
# checks = [
#     '(lambda ax: despine(ax) is ax and [ax.spines[s].get_visible() for s in ("left", "right", "top", "bottom")] == [True, False, False, True])(matplotlib.pyplot.subplots()[1])',
#     # hiding the left spine also drops its ticks
#     '(lambda ax: (despine(ax, sides=["left", "top"]), ax.figure.canvas.draw(), [ax.spines[s].get_visible() for s in ("left", "right", "top", "bottom")] == [False, True, False, True] and not any(t.get_visible() and (t.tick1line.get_visible() or t.label1.get_visible()) for t in ax.yaxis.get_major_ticks()) and any(t.label1.get_visible() for t in ax.xaxis.get_major_ticks()))[-1])(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: (despine(ax, sides=("bottom",)), ax.figure.canvas.draw(), not ax.spines["bottom"].get_visible() and ax.spines["top"].get_visible() and not any(t.get_visible() and (t.tick1line.get_visible() or t.label1.get_visible()) for t in ax.xaxis.get_major_ticks()))[-1])(matplotlib.pyplot.subplots()[1])',
#     '__import__("unittest").TestCase().assertRaises(ValueError, despine, matplotlib.pyplot.subplots()[1], ("top", "middle")) is None',
#     'not ax.spines["top"].get_visible() and not ax.spines["right"].get_visible() and ax.spines["left"].get_visible() and ax.spines["bottom"].get_visible()',
#     # one bar per distinct value, centred on it, no empty bars
#     'np.allclose(figure_summary(fig).axes[0].bar_heights[0], np.unique(event_counts, return_counts=True)[1]) and np.allclose(figure_summary(fig).axes[0].bar_centers[0], np.unique(event_counts))',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != ""',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'styling', 'histogram', 'validation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

SIDES = ("left", "right", "top", "bottom")


def despine(ax, sides=("top", "right")):
    """Hide the named spines of `ax` ("left", "right", "top", "bottom"), keep
    the others visible, and return `ax`. Hiding "left" or "bottom" also
    removes that axis' ticks and tick labels. Raise ValueError for any
    other side name.
    """
    unknown = set(sides) - set(SIDES)
    if unknown:
        raise ValueError(f"unknown spine(s): {sorted(unknown)}")
    for side in SIDES:
        ax.spines[side].set_visible(side not in sides)
    # ticks without their spine float in the air: switch them off too
    if "left" in sides:
        ax.tick_params(axis="y", left=False, labelleft=False)
    if "bottom" in sides:
        ax.tick_params(axis="x", bottom=False, labelbottom=False)
    return ax


counts_values, frequencies = np.unique(event_counts, return_counts=True)
fig, ax = plt.subplots(figsize=(5, 3.5))
ax.bar(counts_values, frequencies, width=0.9)
ax.set(xlabel="events per interval", ylabel="intervals")
despine(ax)
