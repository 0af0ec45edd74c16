# /// example
# task = """
# Show how each pixel of `image` departs from the background level, taken as the image's median: \
# store `anomaly = image - median` and display it with `imshow` and the diverging "RdBu_r" \
# colormap through a `TwoSlopeNorm` with `vcenter=0`, `vmin` the smallest and `vmax` the largest \
# anomaly, so zero stays white although the two sides reach different distances; add a colorbar \
# labelled "difference from median", label the axes and title. Keep the figure in `fig` and the \
# AxesImage in `im`."""
# prompt = """
# In my `image` a few bright spots sit on a background, so the values above the median reach much \
# further than those below. Show `anomaly` (the image minus its median) with the "RdBu_r" \
# colormap so that 0 is exactly the white middle of the map while the colour scale runs from the \
# smallest to the largest anomaly (a two-slope norm centred on 0). Add a colorbar labelled \
# "difference from median", label the axes, add a title, and keep the figure in `fig` and the \
# image in `im`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { image = 'image' }
# checks = [
#     'np.allclose(anomaly, image - np.median(image))',
#     'np.allclose(figure_summary(fig).axes[0].image_arrays[0], image - np.median(image))',
#     'np.allclose(figure_summary(fig).axes[0].color_limits[0], (np.min(image - np.median(image)), np.max(image - np.median(image))))',
#     # zero lands on the middle of the colormap
#     'np.isclose(im.norm(0.0), 0.5)',
#     "im.cmap.name == 'RdBu_r'",
#     "figure_summary(fig).colorbar_labels == ['difference from median']",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != '' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['colormap', 'image-plot', 'colorbar']
# [edge_cases]
# constant = false
# why = 'a two-slope norm needs values on both sides of the median: a flat image has none'
# ///
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import TwoSlopeNorm

anomaly = image - np.median(image)
# each side of 0 gets its own slope, so the long positive tail does not wash out the negatives
norm = TwoSlopeNorm(vmin=anomaly.min(), vcenter=0.0, vmax=anomaly.max())

fig, ax = plt.subplots()
im = ax.imshow(anomaly, cmap="RdBu_r", norm=norm, origin="lower")
fig.colorbar(im, ax=ax, label="difference from median")
ax.set_xlabel("x (pixel)")
ax.set_ylabel("y (pixel)")
ax.set_title("Departure from the background level")
