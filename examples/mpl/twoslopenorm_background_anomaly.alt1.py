import matplotlib.colors as mcolors
import matplotlib.pyplot as plt
import numpy as np

background = np.percentile(image, 50)
anomaly = image - background

fig, ax = plt.subplots()
im = ax.imshow(
    anomaly,
    cmap="RdBu_r",
    norm=mcolors.TwoSlopeNorm(0.0, vmin=float(np.min(anomaly)), vmax=float(np.max(anomaly))),
    origin="lower",
)
cbar = fig.colorbar(im, ax=ax)
cbar.set_label("difference from median")
ax.set(xlabel="column", ylabel="row", title="Image relative to its median")
