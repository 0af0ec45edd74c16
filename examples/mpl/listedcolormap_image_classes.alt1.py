import matplotlib.colors as mcolors
import matplotlib.pyplot as plt
import numpy as np

low, high = np.percentile(image, [25, 90])
classes = np.select([image >= high, image >= low], [2, 1], default=0)

cmap = mcolors.ListedColormap(["lightgray", "steelblue", "crimson"])
# one colour band per integer class: boundaries halfway between the classes
norm = mcolors.BoundaryNorm([-0.5, 0.5, 1.5, 2.5], cmap.N)

fig, ax = plt.subplots()
im = ax.imshow(classes, cmap=cmap, norm=norm, interpolation="nearest")
cbar = fig.colorbar(im, ax=ax, ticks=[0, 1, 2])
cbar.ax.set_yticklabels(["background", "tissue", "hotspot"])
ax.set(xlabel="column", ylabel="row", title="Intensity classes")
