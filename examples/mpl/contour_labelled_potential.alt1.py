import matplotlib.pyplot as plt
import numpy as np

grid = np.linspace(-2, 2, 200)
X, Y = np.meshgrid(grid, grid)


def point_potential(q, x0, y0):
    # potential of a point charge in units where the Coulomb constant is 1
    return q / np.hypot(X - x0, Y - y0)


potential = point_potential(1.0, -1.0, 0.0) + point_potential(-1.0, 1.0, 0.0)

fig, ax = plt.subplots(figsize=(6, 6))
cs = ax.contour(X, Y, potential, levels=10, colors="black")
ax.clabel(cs, inline=True, fmt=lambda level: f"{level:.1f}")
ax.set_aspect("equal")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title("Potential of a charge dipole")
