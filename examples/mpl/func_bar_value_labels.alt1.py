import matplotlib.pyplot as plt
import numpy as np


def plot_labelled_bars(labels, values, ax, fmt="{:.1f}"):
    """Draw one vertical bar per value on `ax`, in the given order, with the
    category `labels` on the x axis, write each bar's value above it (below
    it for a negative value) formatted with the format string `fmt`, and
    return the bars' container.
    """
    heights = np.asarray(values, dtype=float)
    positions = np.arange(len(heights))
    container = ax.bar(positions, heights, tick_label=[str(label) for label in labels])
    for x, height in zip(positions, heights, strict=True):
        above = height >= 0
        ax.annotate(
            fmt.format(height),
            xy=(x, height),
            xytext=(0, 3 if above else -3),
            textcoords="offset points",
            ha="center",
            va="bottom" if above else "top",
        )
    return container


yearly = store_sales.filter(regex=r"^\d{4}-\d{2}$").sum(axis=1)
fig, ax = plt.subplots(figsize=(8, 4))
plot_labelled_bars(store_sales["store"], yearly, ax, fmt="{:,.0f}")
ax.set_ylabel("sales in 2024")
ax.set_title("Yearly sales by store")
