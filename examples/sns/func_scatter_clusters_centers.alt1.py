import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns


def plot_clusters(X, labels, ax, centers=None):
    """Scatter the rows of the (n, 2) array `X` on `ax` with seaborn
    `scatterplot`, one colour per cluster label in `labels` (a legend
    titled "cluster" lists the labels), and return `ax`.

    If `centers` (a (k, 2) array) is given, mark every centre with a black
    "X" marker in a second scatter drawn after the points.
    """
    points = pd.DataFrame({"x": X[:, 0], "y": X[:, 1], "cluster": np.asarray(labels).astype(str)})
    order = [str(k) for k in np.unique(labels)]
    sns.scatterplot(
        data=points, x="x", y="y", hue="cluster", hue_order=order, palette="deep", ax=ax
    )
    if centers is not None:
        sns.scatterplot(
            x=centers[:, 0], y=centers[:, 1], marker="X", s=150, color="k", legend=False, ax=ax
        )
    return ax


fig, ax = plt.subplots(figsize=(5, 5))
plot_clusters(X, labels, ax, centers)
ax.set(xlabel="x1", ylabel="x2", title="Cluster assignments")
