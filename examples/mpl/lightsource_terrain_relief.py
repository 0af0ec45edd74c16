# /// example
# task = """
# Show the elevation grid `z` (rows follow `y`, columns follow `x`, both evenly spaced) as a \
# shaded relief on the Axes `ax` of the figure `fig`: colour it with the "gist_earth" colormap \
# and shade it with `matplotlib.colors.LightSource` lit from azimuth 315 degrees at 45 degrees \
# altitude, with vertical exaggeration 2, the grid spacings of `x` and `y` as `dx` and `dy`, and \
# "soft" blending. Draw the resulting RGB image with the first row at the bottom (origin `'lower'`) and the extent \
# of `x` and `y`, label the axes and add a title."""
# prompt = """
# I'd like a hillshaded map of my terrain: elevations `z` on the evenly spaced grid `x` \
# (columns) and `y` (rows). Please colour it with "gist_earth" and shade it using Matplotlib's \
# `LightSource` with the sun at azimuth 315 and altitude 45 degrees, `vert_exag=2`, the grid \
# spacings as `dx`/`dy`, and `blend_mode="soft"`; show the RGB result on `ax` in `fig` with y \
# increasing upwards (origin `'lower'`) and axes in the units of `x` and `y`, with labels and a title."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { x = 'terrain.x', y = 'terrain.y', z = 'terrain.z' }
# checks = [
#     '(lambda rgb: np.allclose(figure_summary(fig).axes[0].image_arrays[0][..., :3], rgb[..., :3], atol=1e-6))(matplotlib.colors.LightSource(azdeg=315, altdeg=45).shade(z, cmap=matplotlib.colormaps["gist_earth"], vert_exag=2, dx=x[1] - x[0], dy=y[1] - y[0], blend_mode="soft"))',
#     'ax.images[0].origin == "lower" and np.allclose(ax.images[0].get_extent(), (x[0], x[-1], y[0], y[-1]))',
#     'ax.get_xlabel() != "" and ax.get_ylabel() != "" and ax.get_title() != ""',
# ]
# difficulty = 'advanced'
# tags = ['image-plot', 'colormap', 'applied-science']
# edge_cases = true
# ///
import matplotlib as mpl
import matplotlib.pyplot as plt
from matplotlib.colors import LightSource

light = LightSource(azdeg=315, altdeg=45)
# dx and dy give the slopes in the grid's own units, so the shading matches the real relief
relief = light.shade(
    z,
    cmap=mpl.colormaps["gist_earth"],
    vert_exag=2,
    dx=x[1] - x[0],
    dy=y[1] - y[0],
    blend_mode="soft",
)

fig, ax = plt.subplots(figsize=(7, 5))
ax.imshow(relief, origin="lower", extent=(x[0], x[-1], y[0], y[-1]))
ax.set(xlabel="x (km)", ylabel="y (km)", title="Shaded relief")
