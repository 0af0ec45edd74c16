# /// example
# task = """
# On the elevation grid `z` (its columns at the coordinates `x`, its rows at `y`), compute \
# the gradient of `z` with respect to the actual coordinates and draw the downhill direction \
# (minus the gradient) with `quiver` at every 5th grid point in both directions (rows and \
# columns 0, 5, 10, ...) over a filled contour plot of `z` with a colorbar labelled \
# "elevation". Keep the figure in `fig` and its \
# Axes in `ax`, label the axes and add a title."""
# prompt = """
# I have a terrain grid: coordinates `x` and `y` and elevations `z` (rows follow \
# y). Could you show the downhill direction as arrows (the negative gradient, in the real x/y \
# units) on top of a contourf of the elevation? Thin the arrows to every 5th grid point (start \
# at index 0), and add a colorbar labelled "elevation". Keep `fig` and `ax`, with axis labels and a title."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { x = 'terrain.x', y = 'terrain.y', z = 'terrain.z' }
# checks = [
#     'sum(isinstance(c, matplotlib.quiver.Quiver) for c in ax.collections) == 1',
#     # arrows: minus the gradient, sampled at every 5th point from index 0
#     '(lambda q, gy, gx: np.allclose(np.ravel(q.U), -gx[::5, ::5].ravel()) and np.allclose(np.ravel(q.V), -gy[::5, ::5].ravel()) and np.allclose(q.X, np.meshgrid(x[::5], y[::5])[0].ravel()) and np.allclose(q.Y, np.meshgrid(x[::5], y[::5])[1].ravel()))(next(c for c in ax.collections if isinstance(c, matplotlib.quiver.Quiver)), *np.gradient(z, y, x))',
#     'figure_summary(fig).colorbar_labels == ["elevation"]',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'intermediate'
# tags = ['field-plot', 'derivatives']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

# rows of z follow y, so np.gradient returns d/dy first, then d/dx
dz_dy, dz_dx = np.gradient(z, y, x)
X, Y = np.meshgrid(x, y)

fig, ax = plt.subplots(figsize=(6, 4))
filled = ax.contourf(x, y, z, levels=12, cmap="terrain")
fig.colorbar(filled, ax=ax, label="elevation")
step = slice(None, None, 5)
ax.quiver(X[step, step], Y[step, step], -dz_dx[step, step], -dz_dy[step, step])
ax.set(xlabel="x", ylabel="y", title="Downhill direction")
