# /// example
# task = """
# `z` is an elevation grid with one row per `y` coordinate and one column per `x` coordinate. \
# This code should draw it as filled contours with 10 levels and a colorbar on `fig, ax`, but \
# it fails:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots()
# filled = ax.contourf(x, y, z.T, levels=10)
# fig.colorbar(filled, ax=ax, label="elevation")
# ax.set(xlabel="x", ylabel="y", title="Terrain")
# ```
#
# ```text
# TypeError: Length of x (60) must match number of columns in z (50)
# ```
#
# Fix it, keeping x along the horizontal axis; keep the contour set in `filled`."""
# prompt = """
# I'm contouring my terrain `z` (rows follow `y`, columns follow `x`) with 10 filled levels and \
# a colorbar on `fig, ax`, but I get an error:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots()
# filled = ax.contourf(x, y, z.T, levels=10)
# fig.colorbar(filled, ax=ax, label="elevation")
# ax.set(xlabel="x", ylabel="y", title="Terrain")
# ```
#
# ```text
# TypeError: Length of x (60) must match number of columns in z (50)
# ```
#
# x should stay on the horizontal axis; keep the contour set as `filled`."""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { x = 'terrain.x', y = 'terrain.y', z = 'terrain.z' }
# checks = [
#     # x along the horizontal axis, y along the vertical
#     'np.allclose(ax.get_xlim(), (x.min(), x.max())) and np.allclose(ax.get_ylim(), (y.min(), y.max()))',
#     'np.isclose(filled.zmin, z.min()) and np.isclose(filled.zmax, z.max()) and filled.filled',
#     # the filled bands cover the data range (contourf may add about 10 levels)
#     'filled.levels[0] <= z.min() and filled.levels[-1] >= z.max() and 5 <= len(filled.levels) <= 13',
#     'figure_summary(fig).n_colorbars == 1 and figure_summary(fig).colorbar_labels == ["elevation"]',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'heatmap', 'colorbar']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
# contourf expects z with len(y) rows and len(x) columns, which z already has
filled = ax.contourf(x, y, z, levels=10)
fig.colorbar(filled, ax=ax, label="elevation")
ax.set(xlabel="x", ylabel="y", title="Terrain")
