# /// example
# task = """
# Simulate 500 wind directions `directions` (radians, von Mises around 225°), count them in 16 \
# equal sectors (`counts`, `edges`) and draw a wind rose: polar bars starting at each sector \
# edge, north at the top and angles increasing clockwise (compass convention), white bar edges, \
# and a title. Keep the figure in `fig` and its Axes in `ax`."""
# prompt = """
# Simulate 500 wind directions `directions` in radians from a von Mises distribution centred on \
# 225°, count them in 16 equal sectors (`counts`, `edges`), and draw a wind rose: polar bars \
# starting at each sector edge, north at the top and angles increasing clockwise as on a compass, \
# white bar edges and a title. Keep the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     'counts.sum() == directions.size',
#     'figure_summary(fig).axes[0].n_bars == 16',
#     'ax.get_theta_direction() == -1',
#     'np.isclose(ax.get_theta_offset(), np.pi / 2)',
#     'directions.size == 500',
#     # the circular mean direction lies near 225°
#     'abs(np.angle(np.exp(1j * directions).mean() * np.exp(-1j * np.deg2rad(225)))) < np.deg2rad(30)',
#     # 16 equal sectors of the full circle (wherever the first one starts)
#     'len(edges) == 17 and np.allclose(np.diff(edges), np.pi / 8)',
#     # one bar per sector, starting at its edge, as tall as its count
#     'np.allclose(sorted((p.get_x(), p.get_height()) for p in ax.patches), np.column_stack([edges[:-1], counts]))',
#     'all(np.allclose(matplotlib.colors.to_rgb(p.get_edgecolor()), 1) for p in ax.patches)',
#     "figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['projections', 'bar-chart']
# ///
import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(7)
# von Mises samples lie in [-π, π]; the modulo maps them onto [0, 2π) for the histogram range
directions = rng.vonmises(np.deg2rad(225), kappa=2.0, size=500) % (2 * np.pi)
counts, edges = np.histogram(directions, bins=16, range=(0, 2 * np.pi))

fig, ax = plt.subplots(subplot_kw={"projection": "polar"})
ax.bar(edges[:-1], counts, width=np.diff(edges), align="edge", color="tab:blue", edgecolor="white")
ax.set_theta_zero_location("N")
ax.set_title("Wind direction frequency")
# with zero at north, clockwise angles follow the compass convention for wind bearings
ax.set_theta_direction(-1)
