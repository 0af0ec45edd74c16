# /// example
# task = """
# Show `image` with a discrete colour scale of its four quartile bands: bounds `bounds` at the 0, \
# 25, 50, 75 and 100th percentiles, the "viridis" colormap resampled to 4 colours (`cmap`), a \
# `BoundaryNorm` (`norm`) and a colorbar labelled "intensity" with ticks at the bounds; keep the \
# AxesImage in `im`, label the axes and title. Keep the figure in `fig`."""
# prompt = """
# Could you show `image` with a discrete colour scale of just four bands, one per quartile? Put \
# the band boundaries in `bounds` at the 0, 25, 50, 75 and 100th percentiles, resample "viridis" \
# to 4 colours in `cmap`, map values with a BoundaryNorm in `norm`, and add a colorbar labelled \
# "intensity" ticked at the bounds. Keep the image in `im`, label the axes, add a title, and keep \
# the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { image = 'image' }
# checks = [
#     'cmap.N == 4 and len(bounds) == cmap.N + 1 and np.allclose(bounds, np.percentile(image, [0, 25, 50, 75, 100]))',
#     "type(im.norm).__name__ == 'BoundaryNorm'",
#     'np.allclose(norm.boundaries, np.percentile(image, [0, 25, 50, 75, 100]))',
#     'figure_summary(fig).has_colorbar',
#     "figure_summary(fig).colorbar_labels == ['intensity']",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'advanced'
# tags = ['colormap', 'colorbar']
# [edge_cases]
# constant = false
# why = 'quartile bands need distinct quartiles: a constant image has a single value'
# ///
import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import BoundaryNorm

bounds = np.percentile(image, [0, 25, 50, 75, 100])
cmap = mpl.colormaps["viridis"].resampled(len(bounds) - 1)
# ncolors equal to the number of bands maps each quartile band to exactly one colour
norm = BoundaryNorm(bounds, cmap.N)

fig, ax = plt.subplots()
im = ax.imshow(image, cmap=cmap, norm=norm, origin="lower")
ax.set_xlabel("x (pixel)")
ax.set_ylabel("y (pixel)")
ax.set_title("Intensity quartile bands")
fig.colorbar(im, ax=ax, ticks=bounds, format="%.3g", label="intensity")
