# /// example
# task = '''
# Write a function `bland_altman_plot` with the signature and docstring below, then apply it to
# the paired measurements `before` and `after` on a new Axes and store its result in `limits`;
# keep the figure in `fig`, label the axes and add a title.
#
# ```python
# def bland_altman_plot(method_a, method_b, ax):
#     """Bland-Altman agreement plot of two paired 1-D arrays on `ax`.
#
#     Pairs with a missing value (NaN) in either array are dropped. Scatter the
#     mean of each pair (x) against its difference method_a - method_b (y), mark
#     the bias (mean difference) and the limits of agreement
#     bias -/+ 1.96 * SD of the differences (sample SD, ddof=1) with
#     `ax.axhline`, and return (bias, lower, upper). Needs at least two
#     complete pairs.
#     """
# ```'''
# prompt = """
# To check how well two measurement methods agree I'd like a reusable Bland-Altman plot: \
# `bland_altman_plot(method_a, method_b, ax)` takes two paired 1-D arrays, drops pairs with a \
# NaN on either side, scatters the pair means (x) against the differences `method_a - method_b` \
# (y), draws horizontal `axhline`s at the bias (mean difference) and at the limits of agreement \
# bias ± 1.96 SD (sample SD, ddof=1), and returns `(bias, lower, upper)`. It can assume at least \
# two complete pairs. Apply it to my `before` and `after` readings, store the result in `limits`, \
# and keep the figure `fig` with axis labels and a title."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { before = 'paired.a', after = 'paired.b' }
# checks = [
#     '(lambda ax: (lambda res, d: np.allclose(res, [d.mean(), d.mean() - 1.96 * d.std(ddof=1), d.mean() + 1.96 * d.std(ddof=1)]) and np.allclose(axes_summary(ax).scatter_xy[0], np.column_stack([[9.5, 12.25, 10.5, 14.0], d])))(bland_altman_plot(np.array([10.0, 12.0, 11.0, 15.0]), np.array([9.0, 12.5, 10.0, 13.0]), ax), np.array([1.0, -0.5, 1.0, 2.0])))(matplotlib.pyplot.subplots()[1])',
#     # the pair with a NaN is dropped; the three horizontal lines sit at the bias and the limits
#     '(lambda ax: (lambda res, d: np.allclose(res, [d.mean(), d.mean() - 1.96 * d.std(ddof=1), d.mean() + 1.96 * d.std(ddof=1)]) and len(axes_summary(ax).scatter_xy[0]) == 3 and np.allclose(sorted(xy[0, 1] for xy in axes_summary(ax).lines_xy if np.ptp(xy[:, 1]) == 0), sorted(res)))(bland_altman_plot(np.array([5.0, np.nan, 7.0, 4.0]), np.array([4.0, 3.0, 7.5, 1.0]), ax), np.array([1.0, -0.5, 3.0])))(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: np.allclose(bland_altman_plot([1.0, 2.0], [0.0, 2.0], ax), [0.5, 0.5 - 1.96 * np.sqrt(0.5), 0.5 + 1.96 * np.sqrt(0.5)]))(matplotlib.pyplot.subplots()[1])',
#     '(lambda keep: (lambda d: np.allclose(limits, [d.mean(), d.mean() - 1.96 * d.std(ddof=1), d.mean() + 1.96 * d.std(ddof=1)]))(before[keep] - after[keep]))(~(np.isnan(before) | np.isnan(after)))',
#     '(lambda keep: np.allclose(figure_summary(fig).axes[0].scatter_xy[0], np.column_stack([(before[keep] + after[keep]) / 2, before[keep] - after[keep]])))(~(np.isnan(before) | np.isnan(after)))',
#     'np.allclose(sorted(xy[0, 1] for xy in figure_summary(fig).axes[0].lines_xy if np.ptp(xy[:, 1]) == 0), sorted(limits))',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'paired-samples', 'scatter-plot', 'annotation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np


def bland_altman_plot(method_a, method_b, ax):
    """Bland-Altman agreement plot of two paired 1-D arrays on `ax`.

    Pairs with a missing value (NaN) in either array are dropped. Scatter the
    mean of each pair (x) against its difference method_a - method_b (y), mark
    the bias (mean difference) and the limits of agreement
    bias -/+ 1.96 * SD of the differences (sample SD, ddof=1) with
    `ax.axhline`, and return (bias, lower, upper). Needs at least two
    complete pairs.
    """
    method_a = np.asarray(method_a, dtype=float)
    method_b = np.asarray(method_b, dtype=float)
    complete = ~(np.isnan(method_a) | np.isnan(method_b))
    a, b = method_a[complete], method_b[complete]
    diff = a - b
    bias = diff.mean()
    # 1.96 SD covers about 95% of the differences if they are roughly normal
    spread = 1.96 * diff.std(ddof=1)
    lower, upper = bias - spread, bias + spread
    ax.scatter((a + b) / 2, diff, s=15, alpha=0.7)
    ax.axhline(bias, color="black")
    ax.axhline(lower, color="gray", linestyle="--")
    ax.axhline(upper, color="gray", linestyle="--")
    return bias, lower, upper


fig, ax = plt.subplots()
limits = bland_altman_plot(before, after, ax)
ax.set(xlabel="mean of before and after", ylabel="before - after", title="Bland-Altman plot")
