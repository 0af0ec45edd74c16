import numpy as np
from matplotlib import pyplot as plt


def plot_ecdfs(samples, ax):
    """Draw the empirical CDF of each sample in the dict `samples` (name ->
    1-D array) on `ax` as a step line, in the dict's order, and add a legend
    whose entries read "<name> (n=<count>)".

    Missing values (NaN) are dropped first and not counted; a sample with no
    values left gets no line and no legend entry. Returns `ax`.
    """
    for name, sample in samples.items():
        x = np.sort(np.asarray(sample, dtype=float))
        x = x[np.isfinite(x)]
        n = len(x)
        if n:
            # where="post" holds each cumulative share until the next value
            ax.step(x, np.arange(1, n + 1) / n, where="post", label=f"{name} (n={n})")
    ax.legend()
    return ax


fig, ax = plt.subplots(figsize=(6, 4))
ax = plot_ecdfs({"a": a, "b": b, "c": c}, ax)
ax.set(xlabel="value", ylabel="ECDF", title="Three groups compared")
