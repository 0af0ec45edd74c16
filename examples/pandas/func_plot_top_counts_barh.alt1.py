from collections import Counter

import matplotlib.pyplot as plt


def plot_top_counts(values, n=10, ax=None, title=None):
    """Horizontal bar chart of the n most frequent values of a Series.

    Missing values are ignored. Bars are ordered by count with the most
    frequent value at the top; ties are ordered by value, the smallest
    higher up. The x axis is labelled "count" and the y axis with the
    Series' name; `title` (if given) becomes the Axes title. Draws on `ax`,
    or on a new figure when ax is None, and returns the Axes.
    """
    counts = Counter(values.dropna().tolist())
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]
    labels = [str(value) for value, _ in reversed(top)]
    heights = [count for _, count in reversed(top)]
    if ax is None:
        fig, ax = plt.subplots()
    ax.barh(labels, heights)
    ax.set(xlabel="count", ylabel=values.name)
    if title is not None:
        ax.set_title(title)
    return ax


ax = plot_top_counts(orders["product"], n=5, title="Top products")
fig = ax.figure
