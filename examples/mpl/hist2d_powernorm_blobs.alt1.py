import matplotlib.colors as mcolors
import matplotlib.pyplot as plt
import numpy as np

counts, x_edges, y_edges = np.histogram2d(X[:, 0], X[:, 1], bins=25)
fig, ax = plt.subplots(figsize=(6, 5))
# histogram2d puts x along the first axis; pcolormesh wants rows = y
mesh = ax.pcolormesh(x_edges, y_edges, counts.T, norm=mcolors.PowerNorm(0.5), cmap="viridis")
colorbar = fig.colorbar(mesh, ax=ax)
colorbar.set_label("points per bin")
ax.set_xlabel("x1")
ax.set_ylabel("x2")
ax.set_title("2-D histogram with power-law colours")
