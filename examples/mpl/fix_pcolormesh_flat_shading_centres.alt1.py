import matplotlib.pyplot as plt
import numpy as np


def cell_edges(centres):
    mids = (centres[:-1] + centres[1:]) / 2
    return np.concatenate([[2 * centres[0] - mids[0]], mids, [2 * centres[-1] - mids[-1]]])


fig, ax = plt.subplots()
quad = ax.pcolormesh(cell_edges(x), cell_edges(y), z, shading="flat", cmap="viridis")
ax.contour(x, y, z, levels=8, colors="k", linewidths=0.6)
cbar = fig.colorbar(quad, ax=ax)
cbar.set_label("elevation (m)")
ax.set_xlabel("x (km)")
ax.set_ylabel("y (km)")
ax.set_title("Elevation")
