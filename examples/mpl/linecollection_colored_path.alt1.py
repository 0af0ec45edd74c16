import matplotlib.pyplot as plt
import numpy as np
from matplotlib.collections import LineCollection

t = np.linspace(0, 4 * np.pi, 400)
x = t * np.cos(t)
y = t * np.sin(t)

points = np.column_stack([x, y])
segments = np.stack([points[:-1], points[1:]], axis=1)
# speed of each segment: its length over the time step
speed = np.hypot(np.diff(x), np.diff(y)) / np.diff(t)

fig, ax = plt.subplots(figsize=(6, 6))
lc = LineCollection(segments, cmap="viridis", linewidth=2)
lc.set_array(speed)
ax.add_collection(lc)
ax.autoscale_view()
fig.colorbar(lc, ax=ax, label="speed")
ax.set_aspect("equal")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title("Archimedean spiral coloured by speed")
