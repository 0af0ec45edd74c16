import matplotlib.pyplot as plt
import numpy as np
from matplotlib.collections import LineCollection

t = np.linspace(0, 4 * np.pi, 400)
x, y = t * np.cos(t), t * np.sin(t)

# (n-1, 2, 2): segment k runs from point k to point k + 1
segments = np.array([[[x[k], y[k]], [x[k + 1], y[k + 1]]] for k in range(len(t) - 1)])
# exact speed |r'(t)| = sqrt(1 + t^2) of the spiral, taken at each segment's midpoint in t
t_mid = 0.5 * (t[:-1] + t[1:])
speed = np.sqrt(1 + t_mid**2)

fig, ax = plt.subplots(figsize=(6, 6))
lines = LineCollection(segments, array=speed, cmap="magma", linewidths=2)
ax.add_collection(lines)
ax.autoscale_view()
fig.colorbar(lines, ax=ax, label="speed")
ax.set_aspect("equal")
ax.set(xlabel="x", ylabel="y", title="Archimedean spiral, coloured by speed")
