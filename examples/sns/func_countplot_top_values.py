# /// example
# task = '''
# Write a function `count_bars` with the signature and docstring below, then draw the counts of
# the `event` column of the event log `events` with it and store the returned counts in
# `counts`; keep the figure in `fig`, label the axes and add a title.
#
# ```python
# def count_bars(values, ax, top=None):
#     """Count each distinct value of the Series `values` (missing values are
#     not counted) and draw the counts with seaborn `countplot` as vertical
#     bars on `ax`, most frequent first, each bar labelled with its count.
#
#     Only values that occur get a bar (an unused category of a categorical
#     Series gets none); with `top` given only the `top` most frequent values
#     are drawn. Returns the drawn counts as a Series indexed by value.
#     """
# ```'''
# prompt = """
# Please write `count_bars(values, ax, top=None)`: count each distinct value of a Series (ignoring \
# missing ones), draw the counts with seaborn's `countplot` as vertical bars on `ax`, most \
# frequent first, with each bar's count written on it, and return the counts drawn as a Series \
# indexed by value. Values that never occur (like an unused category) get no bar, and `top` keeps \
# only the `top` most frequent. Then use it on the `event` column of my `events` log, store the \
# result as `counts`, and keep the figure `fig` with axis labels and a title."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { events = 'events' }
# checks = [
#     '(lambda ax: (lambda res, s: s.xticklabels == ["b", "a", "c"] and s.bar_heights[0].tolist() == [3, 2, 1] and s.texts == ["3", "2", "1"] and res.to_dict() == {"b": 3, "a": 2, "c": 1})(count_bars(pd.Series(["a", "b", "b", "c", "a", "b"]), ax), axes_summary(ax)))(matplotlib.pyplot.subplots()[1])',
#     # the unused category "z" and the missing value get no bar
#     '(lambda ax: (lambda res, s: s.xticklabels == ["y", "x"] and s.bar_heights[0].tolist() == [3, 1] and s.texts == ["3", "1"] and res.to_dict() == {"y": 3, "x": 1})(count_bars(pd.Series(pd.Categorical(["x", "y", None, "y", "y"], categories=["x", "y", "z"])), ax), axes_summary(ax)))(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: (lambda res, s: s.xticklabels == ["5", "1"] and s.bar_heights[0].tolist() == [4, 3] and list(res) == [4, 3])(count_bars(pd.Series([1, 5, 5, 2, 5, 1, 5, 1, 9]), ax, top=2), axes_summary(ax)))(matplotlib.pyplot.subplots()[1])',
#     'counts.to_dict() == events["event"].value_counts()[lambda c: c > 0].to_dict()',
#     # ties may come in any order, so bars are matched to values through their tick labels
#     '(lambda s, vc: sorted(s.xticklabels) == sorted(vc.index.astype(str)) and all(h == vc[label] and t == str(vc[label]) for label, h, t in zip(s.xticklabels, s.bar_heights[0], s.texts)) and list(s.bar_heights[0]) == sorted(s.bar_heights[0], reverse=True))(figure_summary(fig).axes[0], events["event"].value_counts()[lambda c: c > 0])',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'bar-chart', 'counting', 'categorical']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns


def count_bars(values, ax, top=None):
    """Count each distinct value of the Series `values` (missing values are
    not counted) and draw the counts with seaborn `countplot` as vertical
    bars on `ax`, most frequent first, each bar labelled with its count.

    Only values that occur get a bar (an unused category of a categorical
    Series gets none); with `top` given only the `top` most frequent values
    are drawn. Returns the drawn counts as a Series indexed by value.
    """
    counts = values.value_counts()
    # value_counts of a categorical lists unused categories with a count of 0
    counts = counts[counts > 0]
    if top is not None:
        counts = counts.head(top)
    sns.countplot(x=values, order=counts.index, ax=ax)
    ax.bar_label(ax.containers[0])
    return counts


fig, ax = plt.subplots()
counts = count_bars(events["event"], ax)
ax.set(xlabel="event type", ylabel="number of events", title="Events by type")
