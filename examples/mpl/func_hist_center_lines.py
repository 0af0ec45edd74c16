# /// example
# task = '''
# Write the function `hist_with_centres` below, then apply it to the right-skewed sample
# `skewed` on `fig, ax` with 25 bins, storing the returned pair in `centres`.
#
# ```python
# def hist_with_centres(values, ax, bins=20):
#     """Draw a histogram of the finite entries of `values` on `ax` with
#     `bins` bins, a dashed vertical line at their mean labelled
#     "mean = {mean:.2f}" and a solid one at their median labelled
#     "median = {median:.2f}", and a legend. Return (mean, median).
#     Raise ValueError when `values` has no finite entry.
#     """
# ```'''
# prompt = '''
# Could you write `hist_with_centres(values, ax, bins=20)`? It should plot a histogram of the
# finite values with `bins` bins on `ax`, add a dashed vertical line at the mean labelled like
# "mean = 3.14" and a solid one at the median labelled like "median = 2.72" (two decimals), show
# a legend, return (mean, median), and raise a ValueError if no value is finite. Then run it on
# my skewed sample `skewed` with 25 bins on `fig, ax` and keep the result as `centres`.'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     'np.allclose(centres, (np.mean(skewed), np.median(skewed))) and figure_summary(fig).axes[0].legend_labels == [f"mean = {np.mean(skewed):.2f}", f"median = {np.median(skewed):.2f}"]',
#     'np.allclose(figure_summary(fig).axes[0].bar_heights[0], np.histogram(skewed, bins=25)[0])',
#     # NaN and inf are left out; mean and median differ on this sample
#     '(lambda ax: (lambda r: np.allclose(r, (2.75, 1.5)) and [(np.round(ln.get_xdata()[0], 9), ln.get_linestyle()) for ln in ax.lines] == [(2.75, "--"), (1.5, "-")] and np.allclose(axes_summary(ax).bar_heights[0], np.histogram([1.0, 1.0, 2.0, 7.0], bins=4)[0]) and axes_summary(ax).legend_labels == ["mean = 2.75", "median = 1.50"])(hist_with_centres(np.array([1.0, np.nan, 1.0, 2.0, np.inf, 7.0]), ax, bins=4)))(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: np.allclose(hist_with_centres([4.0], ax), (4.0, 4.0)) and len(axes_summary(ax).bar_heights[0]) == 20)(matplotlib.pyplot.subplots()[1])',
#     '__import__("unittest").TestCase().assertRaises(ValueError, hist_with_centres, np.array([np.nan, np.inf]), matplotlib.pyplot.subplots()[1]) is None',
#     'np.allclose(hist_with_centres(np.array([3.0, 1.0, 2.0, 10.0]), matplotlib.pyplot.subplots()[1], bins=3), (4.0, 2.5))',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'histogram', 'descriptive-statistics', 'validation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np


def hist_with_centres(values, ax, bins=20):
    """Draw a histogram of the finite entries of `values` on `ax` with
    `bins` bins, a dashed vertical line at their mean labelled
    "mean = {mean:.2f}" and a solid one at their median labelled
    "median = {median:.2f}", and a legend. Return (mean, median).
    Raise ValueError when `values` has no finite entry.
    """
    values = np.asarray(values, dtype=float)
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        raise ValueError("no finite values to summarise")
    mean, median = finite.mean(), np.median(finite)
    ax.hist(finite, bins=bins, color="lightgray", edgecolor="gray")
    ax.axvline(mean, linestyle="--", color="tab:red", label=f"mean = {mean:.2f}")
    ax.axvline(median, linestyle="-", color="tab:blue", label=f"median = {median:.2f}")
    ax.legend()
    return mean, median


fig, ax = plt.subplots(figsize=(5, 3.5))
# on a right-skewed sample the mean sits to the right of the median
centres = hist_with_centres(skewed, ax, bins=25)
ax.set(xlabel="value", ylabel="count", title="Skewed sample")
