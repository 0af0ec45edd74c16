import matplotlib.pyplot as plt
import numpy as np

# mgrid indexes (row, column) = (y, x): every row of X then holds the same x values
Y, X = np.mgrid[-3:3:40j, -3:3:40j]
U = -1 - X**2 + Y
V = 1 + X - Y**2
speed = np.sqrt(U**2 + V**2)

fig, ax = plt.subplots(figsize=(6, 5))
stream = ax.streamplot(X, Y, U, V, color=speed, cmap="plasma", density=1.2)
fig.colorbar(stream.lines, ax=ax, label="speed")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title("Streamlines coloured by speed")
