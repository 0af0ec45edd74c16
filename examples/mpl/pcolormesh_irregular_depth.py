# /// example
# task = """
# Show a simulated ocean temperature section `temperature` (depth x time) measured at irregularly \
# spaced depths `depth_m` and daily times `day` with `pcolormesh` (values centred on the sample \
# points, `shading="nearest"`), depth increasing downwards, a "coolwarm" colormap and a colorbar \
# labelled "temperature (°C)"; keep the QuadMesh in `mesh` and label the axes and title. Keep the \
# figure in `fig` and its Axes in `ax`."""
# prompt = """
# Simulate an ocean temperature section `temperature` (depth x time) measured at irregularly \
# spaced depths `depth_m` and daily times `day`, and show it as a pseudocolour mesh with each \
# value centred on its sample point (nearest shading), depth increasing downwards, the "coolwarm" \
# colormap and a colorbar labelled "temperature (°C)". Keep the mesh in `mesh`, label the axes, \
# add a title, and keep the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     'temperature.shape == (depth_m.size, day.size)',
#     'np.asarray(mesh.get_array()).size == temperature.size',
#     "ax.yaxis_inverted() and mesh.get_cmap().name == 'coolwarm'",
#     'figure_summary(fig).has_colorbar',
#     "figure_summary(fig).colorbar_labels == ['temperature (°C)']",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'advanced'
# tags = ['image-plot', 'colorbar']
# ///
import matplotlib.pyplot as plt
import numpy as np

day = np.arange(0, 60)
# sensors are denser near the surface, where the gradient is steepest
depth_m = np.array([0, 2, 5, 10, 20, 35, 50, 75, 100, 150, 200])
thermocline = 30 + 10 * np.sin(2 * np.pi * day / 30)
temperature = 6 + 14 / (1 + np.exp((depth_m[:, None] - thermocline[None, :]) / 8))

fig, ax = plt.subplots()
mesh = ax.pcolormesh(day, depth_m, temperature, shading="nearest", cmap="coolwarm")
ax.invert_yaxis()
ax.set_xlabel("day")
ax.set_ylabel("depth (m)")
ax.set_title("Temperature section")
fig.colorbar(mesh, ax=ax, label="temperature (°C)")
