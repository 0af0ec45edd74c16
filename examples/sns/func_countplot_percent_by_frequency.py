# /// example
# task = '''
# Write a function `percent_countplot` with the signature and docstring below, then apply it to \
# the `event` column of the log `events` on the Axes of a new figure `fig` and store the result \
# in `event_share` (an empty Series when it raises).
#
# ```python
# def percent_countplot(values, ax, order=None):
#     """Draw a seaborn countplot of `values` (a 1-D sequence of labels,
#     missing values ignored) on `ax` with bar heights in percent of the
#     non-missing values. Bars go left to right in `order` if given, else from
#     the most to the least frequent label (ties in alphabetical order).
#     Returns a pandas Series of the percentages indexed by label, in bar order.
#     Raises ValueError("no values") if nothing is left.
#     """
# ```'''
# prompt = '''
# Could you write `percent_countplot(values, ax, order=None)`? It should draw a seaborn count plot of
# a list of labels on `ax`, bars as percent of the non-missing values, ordered as `order` says or
# else most frequent first (ties alphabetical), and return the percentages as a Series indexed by
# label in bar order; with nothing left it raises `ValueError("no values")`. Then use it on the
# `event` column of my `events` log in a new figure `fig` and keep the Series in `event_share`
# (an empty Series if it raises).'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'pandas', 'matplotlib']
# inputs = { events = 'events' }
# checks = [
#     # most frequent first; the tie between "a" and "c" is broken alphabetically
#     '(lambda ax: (lambda share: list(share.index) == ["b", "a", "c"] and np.allclose(share.to_numpy(), [50, 25, 25]) and axes_summary(ax).xticklabels == ["b", "a", "c"] and np.allclose([h for _, h in sorted(zip(np.concatenate(axes_summary(ax).bar_centers), np.concatenate(axes_summary(ax).bar_heights)))], [50, 25, 25]))(percent_countplot(["c", "b", "a", "b"], ax)))(matplotlib.pyplot.subplots()[1])',
#     # an explicit order wins, and missing values are left out of the percentages
#     '(lambda ax: (lambda share: list(share.index) == ["x", "y"] and np.allclose(share.to_numpy(), [100 / 3, 200 / 3]) and axes_summary(ax).xticklabels == ["x", "y"])(percent_countplot(pd.Series(["y", None, "x", "y"]), ax, order=["x", "y"])))(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: (lambda share: list(share.index) == ["solo"] and np.allclose(share.to_numpy(), [100]))(percent_countplot(["solo", "solo"], ax)))(matplotlib.pyplot.subplots()[1])',
#     '__import__("unittest").TestCase().assertRaisesRegex(ValueError, "no values", percent_countplot, [None, None], matplotlib.pyplot.subplots()[1]) is None',
#     # an event category that never occurs may be kept at 0%: it then comes last, as the least frequent
#     '(lambda counts, seen: np.allclose(seen.to_numpy(), 100 * counts.to_numpy() / counts.sum()) and list(seen.index) == list(counts.index) and np.all(np.diff(event_share.to_numpy()) <= 1e-9))(events["event"].dropna().astype(str).value_counts().sort_index().sort_values(ascending=False, kind="stable"), event_share[event_share > 0])',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'counting', 'bar-chart', 'sorting']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns


def percent_countplot(values, ax, order=None):
    """Draw a seaborn countplot of `values` (a 1-D sequence of labels,
    missing values ignored) on `ax` with bar heights in percent of the
    non-missing values. Bars go left to right in `order` if given, else from
    the most to the least frequent label (ties in alphabetical order).
    Returns a pandas Series of the percentages indexed by label, in bar order.
    Raises ValueError("no values") if nothing is left.
    """
    labels = pd.Series(values, dtype=object).dropna().astype(str)
    if labels.empty:
        raise ValueError("no values")
    if order is None:
        # sort labels alphabetically first so the stable sort by count breaks ties alphabetically
        counts = labels.value_counts().sort_index().sort_values(ascending=False, kind="stable")
        order = list(counts.index)
    sns.countplot(x=labels.to_numpy(), order=order, stat="percent", ax=ax)
    share = labels.value_counts(normalize=True).reindex(order, fill_value=0) * 100
    return share


fig, ax = plt.subplots(figsize=(5, 3.5))
try:
    event_share = percent_countplot(events["event"], ax)
except ValueError:
    # a log without any recorded event type has nothing to plot
    event_share = pd.Series(dtype=float)
ax.set(xlabel="event", ylabel="% of events", title="Event types")
