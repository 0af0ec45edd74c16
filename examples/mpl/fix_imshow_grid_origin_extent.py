# /// example
# task = """
# `x`, `y` and `z` are an elevation grid: row `i` of `z` lies at `y[i]` and column `j` at `x[j]`. \
# This code should show `z` with `imshow` in the figure `fig` as a map with `y` increasing upwards \
# and the axes in the units of `x` and `y`, with a colorbar; it runs, but the map is upside down \
# (row 0 at the top, as `imshow`'s default `origin='upper'` draws it, not at the bottom as \
# `origin='lower'` would) and the axes show pixel indices:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots()
# image = ax.imshow(z, cmap="terrain")
# fig.colorbar(image, ax=ax, label="elevation (m)")
# ax.set(xlabel="x (km)", ylabel="y (km)", title="Elevation")
# ```
#
# Fix it."""
# prompt = """
# I have an elevation grid `z` whose rows follow `y` and columns follow `x`. I'm showing it with \
# `imshow` in `fig`, but the map comes out flipped vertically (the first row of `z`, the smallest \
# `y`, is at the top) and the ticks are pixel numbers instead of my `x` and `y` coordinates:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots()
# image = ax.imshow(z, cmap="terrain")
# fig.colorbar(image, ax=ax, label="elevation (m)")
# ax.set(xlabel="x (km)", ylabel="y (km)", title="Elevation")
# ```
#
# I think it's the default `origin='upper'` putting row 0 at the top; should I use `origin='lower'` \
# or flip `z`? How do I get north up and real coordinates on the axes?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { x = 'terrain.x', y = 'terrain.y', z = 'terrain.z' }
# checks = [
#     # y grows upwards and the smallest y row is drawn at the bottom
#     '(lambda im, ax: ax.get_ylim()[0] < ax.get_ylim()[1] and ((im.origin == "lower" and np.array_equal(np.asarray(im.get_array()), z)) or (im.origin == "upper" and np.array_equal(np.asarray(im.get_array()), z[::-1]))))(fig.axes[0].images[0], fig.axes[0])',
#     # the image covers the x and y range (cell centres or cell edges on the outer samples)
#     '(lambda e, dx, dy: abs(min(e[:2]) - x[0]) <= dx and abs(max(e[:2]) - x[-1]) <= dx and abs(min(e[2:]) - y[0]) <= dy and abs(max(e[2:]) - y[-1]) <= dy)(fig.axes[0].images[0].get_extent(), np.ptp(x) / max(len(x) - 1, 1) + 1e-9, np.ptp(y) / max(len(y) - 1, 1) + 1e-9)',
#     'figure_summary(fig).colorbar_labels == ["elevation (m)"]',
#     'figure_summary(fig).n_colorbars == 1',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'image-plot', 'colorbar']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
# origin="lower" puts row 0 at the bottom; extent maps the pixels to the x and y coordinates
image = ax.imshow(z, cmap="terrain", origin="lower", extent=(x[0], x[-1], y[0], y[-1]))
fig.colorbar(image, ax=ax, label="elevation (m)")
ax.set(xlabel="x (km)", ylabel="y (km)", title="Elevation")
