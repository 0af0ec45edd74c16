# /// example
# task = '''
# Write a function `add_bracket` with the signature and docstring below. Then draw box plots of
# the samples `a`, `b` and `c` at x positions 1, 2 and 3 on the Axes `ax` of the figure `fig`,
# run Welch's t-test between `a` and `c` (p-value in `p_value`), and mark it with
# `add_bracket(ax, 1, 3, y, f"p = {p_value:.3g}")` where y is the largest value of `a` and `c`
# plus 5% of their joint range (largest minus smallest value of `a` and `c` together). Label the axes and add a title.
#
# ```python
# def add_bracket(ax, x1, x2, y, text, height=None):
#     """Draw a significance bracket on `ax` as one line through
#     (x1, y), (x1, y + h), (x2, y + h), (x2, y) in black, where h is
#     `height` or, when None, 2% of the y-axis span (ax.get_ylim()) at the
#     time of the call, and write `text` centred horizontally just above the
#     bracket at ((x1 + x2) / 2, y + h), anchored at its bottom.
#     Return (line, text_artist).
#     """
# ```'''
# prompt = """
# I keep hand-drawing significance brackets on plots, so please write `add_bracket(ax, x1, x2, y, \
# text, height=None)`: one black line through (x1, y), (x1, y + h), (x2, y + h), (x2, y), with h = \
# `height` or, if None, 2% of the current y-axis span, and `text` centred above it at \
# ((x1 + x2) / 2, y + h), bottom-anchored; return the line and the text. Then make box plots of \
# my samples `a`, `b`, `c` at x = 1, 2, 3 on `ax` in `fig`, compare `a` and `c` with Welch's \
# t-test (`p_value`), and add `add_bracket(ax, 1, 3, y, f"p = {p_value:.3g}")` with y the largest \
# value in `a` and `c` plus 5% of their joint range (max minus min over both). Label the axes and add a title."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy', 'scipy.stats']
# inputs = { a = 'groups.a', b = 'groups.b', c = 'groups.c' }
# checks = [
#     '(lambda ax: (ax.set_ylim(0, 10), (lambda line, t: np.allclose(np.column_stack(line.get_data()), [[1, 5.0], [1, 5.5], [2, 5.5], [2, 5.0]]) and t.get_text() == "***" and np.allclose(t.get_position(), (1.5, 5.5)) and t.get_ha() == "center" and t.get_va() == "bottom" and matplotlib.colors.to_hex(line.get_color()) == "#000000")(*add_bracket(ax, 1, 2, 5.0, "***", height=0.5)))[1])(matplotlib.pyplot.subplots()[1])',
#     # default height: 2% of a y span of 50
#     '(lambda ax: (ax.set_ylim(-20, 30), (lambda line, t: np.allclose(np.column_stack(line.get_data()), [[0, 12.0], [0, 13.0], [4, 13.0], [4, 12.0]]) and np.allclose(t.get_position(), (2.0, 13.0)) and t.get_text() == "n.s.")(*add_bracket(ax, 0, 4, 12.0, "n.s.")))[1])(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: (ax.set_ylim(100, 0), (lambda line, t: np.allclose(np.column_stack(line.get_data())[:, 0], [3, 3, 1, 1]) and np.allclose(t.get_position(), (2.0, 52.0)))(*add_bracket(ax, 3, 1, 50.0, "x")))[1])(matplotlib.pyplot.subplots()[1])',
#     'np.isclose(p_value, scipy.stats.ttest_ind(a, c, equal_var=False).pvalue)',
#     # the box plots: a median line centred on each sample's x position
#     'all(any(len(xy) == 2 and np.allclose(xy[:, 1], np.median(s)) and np.isclose(xy[:, 0].mean(), pos) for xy in figure_summary(fig).axes[0].lines_xy) for s, pos in ((a, 1), (b, 2), (c, 3)))',
#     '(lambda y: any(t.get_text() == f"p = {p_value:.3g}" and np.isclose(t.get_position()[0], 2.0) and t.get_position()[1] > y for t in ax.texts) and any(np.array_equal(xy[:, 0], [1, 1, 3, 3]) and np.allclose(xy[[0, -1], 1], y) for xy in figure_summary(fig).axes[0].lines_xy))((lambda both: both.max() + 0.05 * (both.max() - both.min()))(np.concatenate([a, c])))',
#     'ax.get_xlabel() != "" and ax.get_ylabel() != "" and ax.get_title() != ""',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'annotation', 'box-plot', 't-test']
# edge_cases = { min_size = 2, constant = false, why = "Welch's t-test needs at least two values per sample that are not all equal" }
# ///
import matplotlib.pyplot as plt
import numpy as np
from scipy import stats


def add_bracket(ax, x1, x2, y, text, height=None):
    """Draw a significance bracket on `ax` as one line through
    (x1, y), (x1, y + h), (x2, y + h), (x2, y) in black, where h is
    `height` or, when None, 2% of the y-axis span (ax.get_ylim()) at the
    time of the call, and write `text` centred horizontally just above the
    bracket at ((x1 + x2) / 2, y + h), anchored at its bottom.
    Return (line, text_artist).
    """
    if height is None:
        bottom, top = ax.get_ylim()
        height = 0.02 * abs(top - bottom)
    (line,) = ax.plot([x1, x1, x2, x2], [y, y + height, y + height, y], color="black", linewidth=1)
    label = ax.text((x1 + x2) / 2, y + height, text, ha="center", va="bottom")
    return line, label


fig, ax = plt.subplots()
ax.boxplot([a, b, c], positions=[1, 2, 3])
ax.set_xticks([1, 2, 3], labels=["a", "b", "c"])
# equal_var=False gives Welch's test, which does not assume equal spreads
p_value = stats.ttest_ind(a, c, equal_var=False).pvalue
both = np.concatenate([a, c])
add_bracket(ax, 1, 3, both.max() + 0.05 * (both.max() - both.min()), f"p = {p_value:.3g}")
ax.set(xlabel="group", ylabel="value", title="a vs c (Welch t-test)")
