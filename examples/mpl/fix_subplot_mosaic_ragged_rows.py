# /// example
# task = """
# `x`, `y` and `z` are an elevation grid (`z` has shape len(y) x len(x)). This code should \
# build a mosaic figure `fig` with Axes dict `axd`: a map of `z` under the key "map" filling the \
# left column over both rows, the profile of `z` along the middle row `len(y) // 2` against `x` \
# under "profile" at the top right, and a 30-bin histogram of all elevations under "hist" at the \
# bottom right, but building the layout raises an error:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, axd = plt.subplot_mosaic([["map", "profile"], ["map"]], figsize=(9, 5), layout="constrained")
# axd["map"].pcolormesh(x, y, z, shading="nearest")
# axd["map"].set(title="Elevation", xlabel="x", ylabel="y")
# middle = len(y) // 2
# axd["profile"].plot(x, z[middle])
# axd["profile"].set(title="Profile along the middle row", xlabel="x", ylabel="elevation")
# axd["hist"].hist(z.ravel(), bins=30)
# axd["hist"].set(title="Elevation distribution", xlabel="elevation", ylabel="cells")
# ```
#
# ```text
# ValueError: All of the rows must be the same length, however the first row (['map', 'profile']) has length 2 and row 1 (['map']) has length 1.
# ```
#
# Fix it."""
# prompt = """
# For my elevation grid `x`, `y`, `z` (rows of `z` follow `y`) I want one figure `fig` with a dict of Axes \
# `axd`: a tall "map" on the left spanning both rows, a "profile" of the middle row \
# (`len(y) // 2`) at the top right and a 30-bin "hist" of the elevations under it:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, axd = plt.subplot_mosaic([["map", "profile"], ["map"]], figsize=(9, 5), layout="constrained")
# axd["map"].pcolormesh(x, y, z, shading="nearest")
# axd["map"].set(title="Elevation", xlabel="x", ylabel="y")
# middle = len(y) // 2
# axd["profile"].plot(x, z[middle])
# axd["profile"].set(title="Profile along the middle row", xlabel="x", ylabel="elevation")
# axd["hist"].hist(z.ravel(), bins=30)
# axd["hist"].set(title="Elevation distribution", xlabel="elevation", ylabel="cells")
# ```
#
# ```text
# ValueError: All of the rows must be the same length, however the first row (['map', 'profile']) has length 2 and row 1 (['map']) has length 1.
# ```
#
# The map should just continue into the second row. How do I write that layout?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { x = 'terrain.x', y = 'terrain.y', z = 'terrain.z' }
# checks = [
#     'sorted(axd) == ["hist", "map", "profile"] and figure_summary(fig).n_axes == len(axd)',
#     # the map spans both rows of the left column; the other two share the right column
#     'axd["map"].get_subplotspec().rowspan == range(0, 2) and axd["profile"].get_subplotspec().rowspan == range(0, 1) and axd["hist"].get_subplotspec().rowspan == range(1, 2) and axd["hist"].get_subplotspec().colspan == axd["profile"].get_subplotspec().colspan != axd["map"].get_subplotspec().colspan',
#     'np.allclose(axes_summary(axd["profile"]).lines_xy[0], np.column_stack([x, z[len(y) // 2]]))',
#     'np.array_equal(axes_summary(axd["hist"]).bar_heights[0], np.histogram(z.ravel(), bins=30)[0])',
#     'np.allclose(np.ravel((axes_summary(axd["map"]).mesh_arrays or axes_summary(axd["map"]).image_arrays)[0]), z.ravel())',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'subplots', 'image-plot', 'histogram']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

# every mosaic row needs one entry per column: repeat "map" to span both rows
layout = [["map", "profile"], ["map", "hist"]]
fig, axd = plt.subplot_mosaic(layout, figsize=(9, 5), layout="constrained")
axd["map"].pcolormesh(x, y, z, shading="nearest")
axd["map"].set(title="Elevation", xlabel="x", ylabel="y")
middle = len(y) // 2
axd["profile"].plot(x, z[middle])
axd["profile"].set(title="Profile along the middle row", xlabel="x", ylabel="elevation")
axd["hist"].hist(z.ravel(), bins=30)
axd["hist"].set(title="Elevation distribution", xlabel="elevation", ylabel="cells")
