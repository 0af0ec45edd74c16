# /// example
# task = '''
# Write a function `barplot_t_ci` with the signature and docstring below, then draw the mean
# `score` per `condition` of the long table `rm_long` with it at 90% confidence; keep the figure
# in `fig`, label the axes and add a title.
#
# ```python
# def barplot_t_ci(df, x, y, ax, confidence=0.95):
#     """Draw the mean of column `y` per category of column `x` as bars with
#     seaborn `barplot` on `ax`, with error bars from the Student-t confidence
#     interval of each mean at level `confidence`:
#     mean -/+ t((1 + confidence) / 2, n - 1) * s / sqrt(n), s the sample SD.
#
#     A category with a single value has no interval (NaN) and no visible
#     error bar. Returns `ax`.
#     """
# ```'''
# prompt = """
# seaborn's barplot bootstraps its error bars, but my report needs the classic t-interval. Please \
# write `barplot_t_ci(df, x, y, ax, confidence=0.95)` that draws the mean of `y` per category of \
# `x` with seaborn `barplot` on `ax` and error bars equal to the Student-t confidence interval of \
# the mean at level `confidence` (mean ± t quantile with n - 1 degrees of freedom times s / sqrt(n), \
# sample SD); a category with one value simply gets no error bar. Return `ax`. Then plot the mean \
# `score` per `condition` of my `rm_long` table at 90% confidence (`confidence=0.9`) in a figure \
# `fig` with axis labels and a title."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'scipy.stats', 'matplotlib', 'pandas', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     '(lambda ax: (barplot_t_ci(pd.DataFrame({"g": list("aaabb"), "v": [1.0, 2.0, 4.0, 5.0, 7.0]}), "g", "v", ax), (lambda s: np.allclose(s.bar_heights[0], [7 / 3, 6.0]) and sorted(np.round([np.nanmin(xy[:, 1]), np.nanmax(xy[:, 1])], 9).tolist() for xy in s.lines_xy if np.isfinite(xy[:, 1]).any()) == sorted(np.round(scipy.stats.t.interval(0.95, len(v) - 1, loc=np.mean(v), scale=scipy.stats.sem(v)), 9).tolist() for v in [np.array([1.0, 2.0, 4.0]), np.array([5.0, 7.0])]))(axes_summary(ax)))[1])(matplotlib.pyplot.subplots()[1])',
#     # the single value of "c" has no finite error bar
#     '(lambda ax: (barplot_t_ci(pd.DataFrame({"k": ["c", "d", "d", "d", "d"], "y": [3.0, 1.0, 2.0, 2.0, 5.0]}), "k", "y", ax, confidence=0.8), (lambda s: np.allclose(s.bar_heights[0], [3.0, 2.5]) and [np.round([np.nanmin(xy[:, 1]), np.nanmax(xy[:, 1])], 9).tolist() for xy in s.lines_xy if np.isfinite(xy[:, 1]).any()] == [np.round(scipy.stats.t.interval(0.8, 3, loc=2.5, scale=scipy.stats.sem([1.0, 2.0, 2.0, 5.0])), 9).tolist()])(axes_summary(ax)))[1])(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: barplot_t_ci(pd.DataFrame({"x": ["p"] * 3, "y": [2.0, 2.0, 2.0]}), "x", "y", ax, confidence=0.99) is ax and np.allclose(axes_summary(ax).bar_heights[0], [2.0]) and all(np.allclose(xy[np.isfinite(xy[:, 1]), 1], 2.0) for xy in axes_summary(ax).lines_xy if np.isfinite(xy[:, 1]).any()))(matplotlib.pyplot.subplots()[1])',
#     '(lambda g: np.allclose(sorted(figure_summary(fig).axes[0].bar_heights[0]), sorted(g.mean())))(rm_long.groupby("condition", observed=True)["score"])',
#     # the (low, high) ends of the finite error bars, sorted, against the t-intervals of the categories
#     '(lambda g: (lambda drawn, wanted: len(drawn) == len(wanted) and np.allclose(sorted(drawn), sorted(wanted)))([[np.nanmin(xy[:, 1]), np.nanmax(xy[:, 1])] for xy in figure_summary(fig).axes[0].lines_xy if np.isfinite(xy[:, 1]).any()], [ci for ci in (list(scipy.stats.t.interval(0.9, len(v) - 1, loc=v.mean(), scale=scipy.stats.sem(v))) for _, v in g if len(v) > 1) if np.isfinite(ci).all()]))(rm_long.groupby("condition", observed=True)["score"])',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'bar-chart', 'error-bars', 'confidence-interval']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns
from scipy import stats


def barplot_t_ci(df, x, y, ax, confidence=0.95):
    """Draw the mean of column `y` per category of column `x` as bars with
    seaborn `barplot` on `ax`, with error bars from the Student-t confidence
    interval of each mean at level `confidence`:
    mean -/+ t((1 + confidence) / 2, n - 1) * s / sqrt(n), s the sample SD.

    A category with a single value has no interval (NaN) and no visible
    error bar. Returns `ax`.
    """

    def t_interval(values):
        if len(values) < 2:
            return np.nan, np.nan
        # seaborn calls this with each category's values and draws the (low, high) it returns
        return stats.t.interval(
            confidence, len(values) - 1, loc=np.mean(values), scale=stats.sem(values)
        )

    sns.barplot(data=df, x=x, y=y, errorbar=t_interval, capsize=0.2, ax=ax)
    return ax


fig, ax = plt.subplots()
barplot_t_ci(rm_long, "condition", "score", ax, confidence=0.9)
ax.set(xlabel="condition", ylabel="mean score", title="Mean score with 90% t-intervals")
