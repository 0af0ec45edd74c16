# /// example
# task = '''
# Write the function `mark_crossings` below, then plot the peak `y` over `x` as a line on `fig, ax` and
# mark where it crosses half its maximum (`0.5 * y.max()`), storing the returned crossing
# positions in `half_max_x`.
#
# ```python
# def mark_crossings(ax, x, y, level):
#     """Find every x where the sampled curve (x increasing) crosses `level`,
#     by linear interpolation between the two samples on either side; a
#     sample exactly at `level` counts once, at its own x. Draw a dotted
#     vertical line on `ax` at each crossing and a dashed horizontal line
#     at `level`. Return the crossing positions as a sorted 1-D array
#     (empty when the curve never crosses).
#     """
# ```'''
# prompt = '''
# I want a helper `mark_crossings(ax, x, y, level)` that finds all x where my sampled curve
# (x ascending) passes through `level`, interpolating linearly between the neighbouring
# samples (a sample lying exactly on the level counts once, at its x), draws a dotted (":")
# vertical line at each crossing and a dashed ("--") horizontal line at the level, and returns the crossings
# sorted (an empty array if there are none). Then plot my peak `y` against `x` as a line on `fig, ax` and
# mark the half-maximum crossings (level `0.5 * y.max()`) into `half_max_x`.'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { x = 'peak.x', y = 'peak.y' }
# checks = [
#     # up through 1 between x=0 and 1, down between 2 and 3
#     '(lambda ax: np.allclose(mark_crossings(ax, np.array([0.0, 1.0, 2.0, 3.0]), np.array([0.0, 2.0, 2.0, 0.0]), 1.0), [0.5, 2.5]) and sorted(np.round([ln.get_xdata()[0] for ln in ax.lines if ln.get_linestyle() == ":"], 9).tolist()) == [0.5, 2.5] and any(ln.get_linestyle() == "--" and np.allclose(ln.get_xydata()[:, 1], 1.0) for ln in ax.lines))(matplotlib.pyplot.subplots()[1])',
#     # samples exactly on the level count once each, at their own x
#     '(lambda ax: (lambda c: np.allclose(c, [1.0, 5.0]) and len([ln for ln in ax.lines if ln.get_linestyle() == ":"]) == len(c))(mark_crossings(ax, np.array([0.0, 1.0, 4.0, 5.0]), np.array([0.0, 1.0, 3.0, 1.0]), 1.0)))(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: np.allclose(mark_crossings(ax, np.array([0.0, 2.0, 6.0]), np.array([0.0, 4.0, 0.0]), 3.0), [1.5, 3.0]))(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: mark_crossings(ax, np.arange(4.0), np.ones(4), 5.0).size == 0)(matplotlib.pyplot.subplots()[1])',
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([x, y]))',
#     # the half-maximum crossings of the input peak, by interpolation between samples
#     '(lambda d, lv: np.allclose(half_max_x, np.sort([x[i] + (lv - y[i]) * (x[i + 1] - x[i]) / (y[i + 1] - y[i]) for i in np.flatnonzero((d[:-1] * d[1:] < 0))] + list(x[d == 0]))))(y - 0.5 * y.max(), 0.5 * y.max())',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'annotation', 'interpolation', 'peak-detection']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np


def mark_crossings(ax, x, y, level):
    """Find every x where the sampled curve (x increasing) crosses `level`,
    by linear interpolation between the two samples on either side; a
    sample exactly at `level` counts once, at its own x. Draw a dotted
    vertical line on `ax` at each crossing and a dashed horizontal line
    at `level`. Return the crossing positions as a sorted 1-D array
    (empty when the curve never crosses).
    """
    x = np.asarray(x, dtype=float)
    offset = np.asarray(y, dtype=float) - level
    # a sign change strictly between two samples; samples on the level are added as they are
    between = np.flatnonzero(offset[:-1] * offset[1:] < 0)
    fraction = offset[between] / (offset[between] - offset[between + 1])
    interpolated = x[between] + fraction * (x[between + 1] - x[between])
    crossings = np.sort(np.concatenate([interpolated, x[offset == 0]]))
    for position in crossings:
        ax.axvline(position, linestyle=":", color="gray")
    ax.axhline(level, linestyle="--", color="gray")
    return crossings


fig, ax = plt.subplots(figsize=(5, 3.5))
ax.plot(x, y)
half_max_x = mark_crossings(ax, x, y, 0.5 * y.max())
ax.set(xlabel="x", ylabel="y", title="Half-maximum crossings")
