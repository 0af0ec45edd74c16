import matplotlib.lines as mlines
import matplotlib.patches as mpatches
import matplotlib.pyplot as plt
import numpy as np


def category_legend(ax, colors, title=None, marker=None):
    """Add a legend to `ax` with one entry per item of the dict `colors`
    (label -> colour), in the dict's order, and return the Legend.

    Each entry is a filled square patch of that colour, or, when `marker`
    is given, that marker in that colour with no connecting line. The
    legend's title is `title` (none when None). Works when nothing on
    `ax` carries a label.
    """
    entries = []
    for colour in colors.values():
        if marker:
            entries.append(
                mlines.Line2D([], [], color=colour, marker=marker, linewidth=0, linestyle="None")
            )
        else:
            entries.append(mpatches.Patch(color=colour))
    legend = ax.legend(entries, list(colors), title=title)
    return legend


palette = np.array(["tab:blue", "tab:orange", "tab:green"])
fig, ax = plt.subplots()
ax.scatter(X[:, 0], X[:, 1], c=palette[labels], s=15)
category_legend(
    ax,
    {f"cluster {k}": colour for k, colour in enumerate(palette)},
    title="cluster",
    marker="o",
)
ax.set_xlabel("x1")
ax.set_ylabel("x2")
ax.set_title("Blobs by cluster")
