# /// example
# task = '''
# Write a function `kde_peak` with the signature and docstring below, then apply it to the sample \
# `skewed` on the Axes of a new figure `fig` and store the result in `skewed_peak` (NaN when it \
# raises).
#
# ```python
# def kde_peak(values, ax, bw_adjust=1.0):
#     """Draw a seaborn kdeplot of the 1-D array `values` on `ax` (Scott's
#     bandwidth times `bw_adjust`, NaNs ignored) and return the x position of
#     the highest point of the drawn curve as a float.
#     Raises ValueError("need two distinct values") if fewer than two distinct
#     finite values are left.
#     """
# ```'''
# prompt = '''
# Please write `kde_peak(values, ax, bw_adjust=1.0)`: it draws a seaborn KDE of a 1-D array on `ax`
# (default Scott bandwidth scaled by `bw_adjust`, ignoring NaNs) and returns the x where the drawn
# curve is highest, as a float; it raises `ValueError("need two distinct values")` when fewer than
# two distinct finite values remain. Then apply it to my sample `skewed` in a new figure `fig` and
# keep the result in `skewed_peak` (NaN if it raises).'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'scipy.stats', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     # the peak is where scipy's Gaussian KDE, with the same bandwidth, is highest on the drawn grid
#     '(lambda ax, v: (lambda peak, xy: np.isclose(peak, xy[np.argmax(scipy.stats.gaussian_kde(v)(xy[:, 0])), 0]))(kde_peak(v, ax), axes_summary(ax).lines_xy[0]))(matplotlib.pyplot.subplots()[1], np.array([1.0, 2.0, 2.5, 3.0, 8.0]))',
#     # a narrower bandwidth (bw_adjust=0.3) resolves the taller of two separated clusters
#     '(lambda ax: abs(kde_peak(np.array([0.0, 0.1, -0.1, 0.05, 5.0, 5.1]), ax, bw_adjust=0.3)) < 0.3)(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: (lambda peak, xy: np.isclose(peak, xy[np.argmax(scipy.stats.gaussian_kde(np.array([4.0, 6.0]), bw_method=scipy.stats.gaussian_kde(np.array([4.0, 6.0])).factor * 2)(xy[:, 0])), 0]))(kde_peak(np.array([4.0, np.nan, 6.0]), ax, bw_adjust=2), axes_summary(ax).lines_xy[0]))(matplotlib.pyplot.subplots()[1])',
#     '__import__("unittest").TestCase().assertRaisesRegex(ValueError, "need two distinct values", kde_peak, np.array([3.0, 3.0, np.nan]), matplotlib.pyplot.subplots()[1]) is None',
#     '(lambda v: np.isnan(skewed_peak) if len(np.unique(v)) < 2 else np.isclose(skewed_peak, figure_summary(fig).axes[0].lines_xy[0][np.argmax(figure_summary(fig).axes[0].lines_xy[0][:, 1]), 0]))(skewed[np.isfinite(skewed)])',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'density-estimation', 'validation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns


def kde_peak(values, ax, bw_adjust=1.0):
    """Draw a seaborn kdeplot of the 1-D array `values` on `ax` (Scott's
    bandwidth times `bw_adjust`, NaNs ignored) and return the x position of
    the highest point of the drawn curve as a float.
    Raises ValueError("need two distinct values") if fewer than two distinct
    finite values are left.
    """
    values = np.asarray(values, dtype=float)
    values = values[np.isfinite(values)]
    if np.unique(values).size < 2:
        raise ValueError("need two distinct values")
    sns.kdeplot(x=values, bw_adjust=bw_adjust, ax=ax)
    # the curve kdeplot just drew is the last line on the Axes
    grid, density = ax.lines[-1].get_data()
    return float(grid[np.argmax(density)])


fig, ax = plt.subplots(figsize=(6, 3.5))
try:
    skewed_peak = kde_peak(skewed, ax)
except ValueError:
    skewed_peak = float("nan")
ax.set(xlabel="value", ylabel="density", title="KDE and its peak")
