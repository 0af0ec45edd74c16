# /// example
# task = """
# Plot the six-petal rose r = |cos 3θ| for θ in [0, 2π] (400 points, in `theta` and `r`) on \
# polar axes with radial limit 1.1, and add a title. Keep the figure in `fig` and its Axes in \
# `ax`."""
# prompt = """
# Plot the six-petal rose r = |cos 3θ| for θ in [0, 2π] (400 points, stored in `theta` and `r`) \
# as a single line on polar axes with the radial limit set to 1.1, and add a title. Keep the \
# figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     "figure_summary(fig).axes[0].projection == 'polar'",
#     'figure_summary(fig).axes[0].n_lines == 1',
#     'np.isclose(ax.get_rmax(), 1.1)',
#     "figure_summary(fig).axes[0].title != ''",
#     'np.allclose(theta, np.linspace(0, 2 * np.pi, 400)) and np.allclose(r, np.abs(np.cos(3 * theta)))',
#     # the drawn curve is r = |cos 3θ| against θ
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([theta, np.abs(np.cos(3 * theta))]))',
# ]
# difficulty = 'basic'
# tags = ['projections', 'line-plot']
# ///
import matplotlib.pyplot as plt
import numpy as np

theta = np.linspace(0, 2 * np.pi, 400)
r = np.abs(np.cos(3 * theta))

fig, ax = plt.subplots(subplot_kw={"projection": "polar"})
ax.plot(theta, r)
# a little room past the largest radius of 1 keeps the petal tips off the outer circle
ax.set_rmax(1.1)
ax.set_title("Rose curve r = |cos 3θ|")
