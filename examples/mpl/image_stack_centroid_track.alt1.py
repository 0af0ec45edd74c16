import matplotlib.pyplot as plt
import numpy as np

_, h, w = frames.shape
background = frames.min(axis=(1, 2), keepdims=True)
weights = frames - background
mass = weights.sum(axis=(1, 2))
safe = np.where(mass > 0, mass, np.nan)
x = (weights * np.arange(w)[None, None, :]).sum(axis=(1, 2)) / safe
y = (weights * np.arange(h)[None, :, None]).sum(axis=(1, 2)) / safe
track = np.column_stack([x, y])

fig, ax = plt.subplots()
ax.plot(x, y, "o-")
ax.set_ylim(ax.get_ylim()[::-1])
ax.set(xlabel="x (pixel)", ylabel="y (pixel)", title="Centroid track")
