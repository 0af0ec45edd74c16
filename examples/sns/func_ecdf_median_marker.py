# /// example
# task = '''
# Write a function `ecdf_with_median` with the signature and docstring below, then apply it to
# the sample `skewed` on the Axes of a new figure `fig`, storing its result in `skewed_median`
# (NaN when the function raises).
#
# ```python
# def ecdf_with_median(values, ax):
#     """Draw the empirical CDF of the 1-D array `values` on `ax` with
#     seaborn's ecdfplot (proportion on y), then a dashed vertical line at
#     the median, in that order. Missing values (NaN) are ignored.
#     Returns the median as a float.
#     Raises ValueError("no finite values") if no value is left.
#     """
# ```'''
# prompt = '''
# Could you write `ecdf_with_median(values, ax)`? It should draw the ECDF of a 1-D array on `ax`
# with seaborn's ecdfplot, add a dashed vertical line at the median after it, ignore NaNs, return
# the median as a float, and raise `ValueError("no finite values")` when nothing is left. Then use
# it on my sample `skewed` in a new figure `fig` and keep the result in `skewed_median`
# (NaN if it raises).'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     # the ECDF's finite points are the sorted values at heights 1/n, 2/n, ..., 1; then the median line
#     '(lambda ax, v: (lambda m, lines: np.isclose(m, 2.5) and np.allclose(lines[0][np.isfinite(lines[0][:, 0])][-4:], np.column_stack([np.sort(v), np.arange(1, 5) / 4])) and np.allclose(lines[1][:, 0], 2.5))(ecdf_with_median(v, ax), axes_summary(ax).lines_xy))(matplotlib.pyplot.subplots()[1], np.array([3.0, 1.0, 2.0, 5.0]))',
#     '(lambda ax: np.isclose(ecdf_with_median(np.array([4.0, np.nan, 1.0, 9.0]), ax), 4.0) and np.allclose(axes_summary(ax).lines_xy[1][:, 0], 4.0))(matplotlib.pyplot.subplots()[1])',
#     # a single value: the median is that value and the ECDF jumps straight to 1
#     '(lambda ax: ecdf_with_median(np.array([7.0]), ax) == 7.0 and np.allclose(axes_summary(ax).lines_xy[0][-1], [7.0, 1.0]))(matplotlib.pyplot.subplots()[1])',
#     # an all-NaN sample must raise the promised error (assertRaisesRegex raises AssertionError otherwise)
#     '__import__("unittest").TestCase().assertRaisesRegex(ValueError, "no finite values", ecdf_with_median, np.array([np.nan, np.nan]), matplotlib.pyplot.subplots()[1]) is None',
#     'np.isclose(skewed_median, np.nanmedian(skewed)) if np.isfinite(skewed).any() else np.isnan(skewed_median)',
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[-1][:, 0], skewed_median) if np.isfinite(skewed).any() else True',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'ecdf', 'error-handling']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns


def ecdf_with_median(values, ax):
    """Draw the empirical CDF of the 1-D array `values` on `ax` with
    seaborn's ecdfplot (proportion on y), then a dashed vertical line at
    the median, in that order. Missing values (NaN) are ignored.
    Returns the median as a float.
    Raises ValueError("no finite values") if no value is left.
    """
    values = np.asarray(values, dtype=float)
    values = values[~np.isnan(values)]
    if values.size == 0:
        raise ValueError("no finite values")
    sns.ecdfplot(x=values, stat="proportion", ax=ax)
    median = float(np.median(values))
    ax.axvline(median, linestyle="--", color="gray")
    return median


fig, ax = plt.subplots()
try:
    skewed_median = ecdf_with_median(skewed, ax)
except ValueError:
    # an all-missing sample has no median to mark
    skewed_median = float("nan")
ax.set(xlabel="value", ylabel="proportion", title="ECDF of the sample")
