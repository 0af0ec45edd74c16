# /// example
# task = """
# Draw the velocity field of a rigid rotation, u = -y and v = x, on a 15 x 15 grid over [-2, 2]² \
# with `quiver`, arrows coloured by speed, a `quiverkey` for 1 m/s, and an equal aspect ratio; \
# keep the Quiver in `q` and label the axes and title. Keep the figure in `fig` and its Axes in \
# `ax`."""
# prompt = """
# Draw the velocity field of a rigid rotation, u = -y and v = x, as arrows on a 15 x 15 grid over \
# [-2, 2]², coloured by speed, with a reference key arrow for 1 m/s and an equal aspect ratio. \
# Keep the Quiver object in `q`, label the axes, add a title, and keep the figure in `fig` and \
# the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     "'Quiver' in figure_summary(fig).axes[0].collection_types",
#     'q.N == 15 * 15',
#     'np.allclose(q.U, -q.Y) and np.allclose(q.V, q.X)',
#     'ax.get_aspect() == 1.0',
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
#     'np.allclose([q.X.min(), q.X.max(), q.Y.min(), q.Y.max()], [-2, 2, -2, 2])',
#     # coloured by speed: the colour values rise with the arrow length (any monotone scaling of it)
#     'q.get_array() is not None and scipy.stats.spearmanr(np.ravel(q.get_array()), np.hypot(q.U, q.V).ravel())[0] > 0.999',
#     # a key arrow of 1 (m/s) for this quiver
#     'any(key.Q is q and key.U == 1 for key in fig.findobj(matplotlib.quiver.QuiverKey))',
#     "figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['field-plot', 'colormap']
# ///
import matplotlib.pyplot as plt
import numpy as np

x, y = np.meshgrid(np.linspace(-2, 2, 15), np.linspace(-2, 2, 15))
u, v = -y, x
speed = np.hypot(u, v)

fig, ax = plt.subplots()
q = ax.quiver(x, y, u, v, speed, cmap="plasma")
# X and Y are in axes coordinates by default: Y=1.04 puts the reference arrow above the plot
ax.quiverkey(q, X=0.85, Y=1.04, U=1, label="1 m/s", labelpos="E")
ax.set_xlabel("x (m)")
ax.set_ylabel("y (m)")
ax.set_title("Rigid rotation")
ax.set_aspect("equal")
