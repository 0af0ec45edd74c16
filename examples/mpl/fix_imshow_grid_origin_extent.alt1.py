import matplotlib.pyplot as plt
import numpy as np

dx = (x[-1] - x[0]) / max(len(x) - 1, 1)
dy = (y[-1] - y[0]) / max(len(y) - 1, 1)
# flip the rows so the first row of z sits at the bottom, and give the cell edges
bounds = [x[0] - dx / 2, x[-1] + dx / 2, y[0] - dy / 2, y[-1] + dy / 2]
fig, ax = plt.subplots()
im = ax.imshow(np.flipud(z), cmap="terrain", extent=bounds, aspect="auto")
ax.set_ylim(bounds[2], bounds[3])
fig.colorbar(im, ax=ax, label="elevation (m)")
ax.set_xlabel("x (km)")
ax.set_ylabel("y (km)")
ax.set_title("Elevation")
