import matplotlib.pyplot as plt
import numpy as np

X, Y = np.meshgrid(x, y)
fig, ax = plt.subplots()
filled = ax.contourf(X, Y, z, 10)
fig.colorbar(filled, ax=ax, label="elevation")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title("Terrain")
