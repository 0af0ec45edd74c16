# /// example
# task = """
# Draw labelled black contour lines (10 levels, labels inline with one decimal via `clabel`) of \
# the electric potential `potential` of a positive and a negative point charge at (-1, 0) and (1, \
# 0), evaluated on a 200 x 200 grid over [-2, 2]²; keep the ContourSet in `cs`, use equal aspect, \
# and label the axes and title. Keep the figure in `fig` and its Axes in `ax`."""
# prompt = """
# Evaluate the electric potential `potential` of a positive point charge at (-1, 0) and a \
# negative one at (1, 0) on a 200 x 200 grid over [-2, 2]², and draw it as black contour lines \
# with 10 levels, labelled inline with one decimal. Keep the contour set in `cs`, use an equal \
# aspect ratio, label the axes, add a title, and keep the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     'potential.shape == (200, 200)',
#     'len(cs.levels) >= 5',
#     'figure_summary(fig).axes[0].n_texts > 0',
#     'ax.get_aspect() == 1.0',
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'intermediate'
# tags = ['field-plot', 'annotation']
# ///
import matplotlib.pyplot as plt
import numpy as np

x = np.linspace(-2, 2, 200)
X, Y = np.meshgrid(x, x)
# a small softening length avoids the singularity at each charge
r_plus = np.hypot(X + 1, Y) + 0.05
r_minus = np.hypot(X - 1, Y) + 0.05
potential = 1 / r_plus - 1 / r_minus

fig, ax = plt.subplots()
cs = ax.contour(X, Y, potential, levels=10, colors="black", linewidths=0.8)
ax.set_aspect("equal")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title("Equipotential lines of a dipole")
ax.clabel(cs, inline=True, fontsize=8, fmt="%.1f")
