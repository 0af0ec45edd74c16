# /// example
# task = '''
# Write a function `plot_share_bars` with the signature and docstring below, then plot the share
# of each answer to `q1` within each `group` of the survey `likert`; keep the returned Axes in
# `ax` and its figure in `fig`.
#
# ```python
# def plot_share_bars(df, by, category, ax=None):
#     """100% stacked bars: the share of each `category` value within each `by` group.
#
#     One bar per group that occurs, one stacked segment per `category` value
#     that occurs (both in sorted or categorical order); each bar's segments
#     sum to 1. Rows missing either value are ignored. The y axis is labelled
#     "share" and the legend is titled with `category`. Draws on `ax`, or on
#     a new figure when ax is None, and returns the Axes.
#     """
# ```'''
# prompt = """
# I compare answer distributions between groups all the time, so please write \
# `plot_share_bars(df, by, category, ax=None)` drawing 100% stacked bars: one bar per group of \
# `by` that occurs, one segment per `category` value that occurs (sorted or in categorical \
# order), each bar summing to 1, ignoring rows with either value missing, y axis labelled \
# "share" and the legend titled with the category column; draw on `ax` or a new figure and return \
# the Axes. Then plot the answers to `q1` per `group` of my `likert` survey, keeping the Axes in \
# `ax` and the figure in `fig`."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['pandas', 'matplotlib', 'numpy']
# inputs = { likert = 'likert' }
# checks = [
#     'np.allclose(np.array(axes_summary(plot_share_bars(pd.DataFrame({"team": ["a", "a", "b", "b", "b", "a"], "vote": ["no", "yes", "yes", "yes", "no", "yes"]}), "team", "vote")).bar_heights), [[1 / 3, 1 / 3], [2 / 3, 2 / 3]])',
#     'np.allclose(np.array(axes_summary(plot_share_bars(pd.DataFrame({"g": ["y", "x", "x", None], "c": [2, 1, np.nan, 1]}), "g", "c")).bar_heights), [[1.0, 0.0], [0.0, 1.0]])',
#     'plot_share_bars(pd.DataFrame({"g": ["p", "q"], "c": ["u", "u"]}), "g", "c").get_legend().get_title().get_text() == "c" and plot_share_bars(pd.DataFrame({"g": ["p", "q"], "c": ["u", "u"]}), "g", "c").get_ylabel() == "share"',
#     'fig is ax.figure and ax.get_ylabel() == "share" and ax.get_legend().get_title().get_text() == "q1"',
#     'np.allclose(np.array(figure_summary(fig).axes[0].bar_heights), [[np.mean(likert.loc[likert["group"] == group, "q1"] == answer) for group in likert["group"].cat.categories if (likert["group"] == group).any()] for answer in likert["q1"].cat.categories if (likert["q1"] == answer).any()])',
#     'np.allclose(np.array(figure_summary(fig).axes[0].bar_heights).sum(axis=0), 1.0)',
#     # stacked, not side by side: every segment of a bar sits at the same x and the highest one ends at 1
#     'all(np.allclose(centers, figure_summary(fig).axes[0].bar_centers[0]) for centers in figure_summary(fig).axes[0].bar_centers) and np.allclose(np.max([[patch.get_y() + patch.get_height() for patch in container] for container in ax.containers], axis=0), 1.0)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'bar-chart', 'contingency-table', 'categorical']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import pandas as pd


def plot_share_bars(df, by, category, ax=None):
    """100% stacked bars: the share of each `category` value within each `by` group.

    One bar per group that occurs, one stacked segment per `category` value
    that occurs (both in sorted or categorical order); each bar's segments
    sum to 1. Rows missing either value are ignored. The y axis is labelled
    "share" and the legend is titled with `category`. Draws on `ax`, or on
    a new figure when ax is None, and returns the Axes.
    """
    if ax is None:
        _, ax = plt.subplots()
    # normalize="index" divides each row (group) by its total, so every bar sums to 1
    shares = pd.crosstab(df[by], df[category], normalize="index")
    shares.plot(kind="bar", stacked=True, ax=ax, rot=0)
    ax.set_ylabel("share")
    ax.legend(title=category)
    return ax


ax = plot_share_bars(likert, "group", "q1")
fig = ax.figure
