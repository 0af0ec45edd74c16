import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np

bounds = np.quantile(image, [0.0, 0.25, 0.5, 0.75, 1.0])
cmap = mpl.colormaps["viridis"].resampled(4)
norm = mpl.colors.BoundaryNorm(bounds, ncolors=cmap.N)

fig, ax = plt.subplots()
im = ax.imshow(image, cmap=cmap, norm=norm)
fig.colorbar(im, ax=ax, ticks=bounds, label="intensity")
ax.set_xlabel("x (pixel)")
ax.set_ylabel("y (pixel)")
ax.set_title("Image in quartile bands")
