# /// example
# task = """
# Classify every pixel of `image` into three classes and show them with a discrete colormap: \
# class 0 ("background") below the image's 25th percentile, class 1 ("tissue") from it up to \
# below the 90th percentile, class 2 ("hotspot") at or above the 90th percentile, stored as \
# integers in `classes`. Display `classes` with `imshow` and a \
# `ListedColormap(["lightgray", "steelblue", "crimson"])` so each class gets one colour, add a \
# colorbar (`cbar`) with ticks 0, 1, 2 labelled with the class names, and label the axes and title. \
# Keep the figure in `fig` and the AxesImage in `im`."""
# prompt = """
# I want a three-class map of my `image`: pixels below the 25th percentile are "background" \
# (class 0), from the 25th up to below the 90th percentile "tissue" (class 1), and at or above \
# the 90th percentile "hotspot" (class 2); keep the integer class map in `classes`. Show it with \
# a discrete colormap made of the colours "lightgray", "steelblue" and "crimson", one per class, \
# and a colorbar `cbar` whose ticks at 0, 1 and 2 read "background", "tissue" and "hotspot". \
# Label the axes, add a title, and keep the figure in `fig` and the image in `im`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { image = 'image' }
# checks = [
#     'np.array_equal(classes, (image >= np.percentile(image, 25)).astype(int) + (image >= np.percentile(image, 90)))',
#     'np.array_equal(figure_summary(fig).axes[0].image_arrays[0], classes)',
#     # each class value maps to exactly its own colour
#     "np.allclose(im.cmap(im.norm(np.arange(3))), matplotlib.colors.to_rgba_array(['lightgray', 'steelblue', 'crimson']))",
#     'np.allclose(cbar.get_ticks(), [0, 1, 2])',
#     "[t.get_text() for t in cbar.ax.get_yticklabels()] == ['background', 'tissue', 'hotspot']",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != '' and figure_summary(fig).axes[0].title != ''",
#     'np.issubdtype(np.asarray(classes).dtype, np.integer)',
# ]
# difficulty = 'intermediate'
# tags = ['colormap', 'image-plot', 'colorbar']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import ListedColormap

thresholds = np.percentile(image, [25, 90])
# right=False: a pixel equal to a threshold goes to the upper class
classes = np.digitize(image, thresholds)
class_names = ["background", "tissue", "hotspot"]
cmap = ListedColormap(["lightgray", "steelblue", "crimson"])

fig, ax = plt.subplots()
# limits half a step outside 0 and 2 centre each class in its colour band
im = ax.imshow(classes, cmap=cmap, vmin=-0.5, vmax=2.5, origin="lower", interpolation="nearest")
cbar = fig.colorbar(im, ax=ax)
cbar.set_ticks([0, 1, 2], labels=class_names)
ax.set_xlabel("x (pixel)")
ax.set_ylabel("y (pixel)")
ax.set_title("Pixel classes by intensity percentile")
