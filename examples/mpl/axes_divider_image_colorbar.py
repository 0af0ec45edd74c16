# /// example
# task = """
# Show `image` with `imshow` ("magma", origin at the lower left) in a wide figure and put its \
# colorbar in a narrow axes `cax` appended to the right of the image axes `ax` with \
# `make_axes_locatable` (`append_axes("right", size="5%", pad=0.1)`), so the colorbar is exactly as \
# tall as the image; label the colorbar "intensity", the axes and the title. Keep the figure in \
# `fig`."""
# prompt = """
# My colorbar always ends up taller than the image when I show my square `image` in a wide \
# figure. Show `image` with imshow (the "magma" colormap, origin at the lower left) on the axes \
# `ax` and put the colorbar in a thin axes `cax` attached to the right side of `ax` with \
# `make_axes_locatable` (5% of the width, 0.1 inch gap), so it matches the image's height. Label \
# the colorbar "intensity", label the axes, add a title, and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { image = 'image' }
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].image_arrays[0], image)',
#     "figure_summary(fig).colorbar_labels == ['intensity']",
#     # the colorbar lives in the appended axes
#     "figure_summary(fig).n_colorbars == 1 and cax.get_ylabel() == 'intensity'",
#     # after drawing, the appended axes spans the image's height and sits to its right
#     'np.isclose(cax.get_position().height, ax.get_position().height) and np.isclose(cax.get_position().y0, ax.get_position().y0)',
#     'cax.get_position().x0 > ax.get_position().x1',
#     # the colour scale spans the data (Matplotlib widens a flat image's single value to a range)
#     '(lambda lo, hi: np.allclose((lo, hi), (image.min(), image.max())) if np.ptp(image) > 0 else lo < image.min() < hi)(*figure_summary(fig).axes[0].color_limits[0])',
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != '' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['colorbar', 'image-plot', 'subplots']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
from mpl_toolkits.axes_grid1 import make_axes_locatable

fig, ax = plt.subplots(figsize=(8, 4))
im = ax.imshow(image, cmap="magma", origin="lower")
# the divider keeps the new axes locked to the image's drawn size, aspect included
divider = make_axes_locatable(ax)
cax = divider.append_axes("right", size="5%", pad=0.1)
fig.colorbar(im, cax=cax, label="intensity")
ax.set_xlabel("x (pixel)")
ax.set_ylabel("y (pixel)")
ax.set_title("Intensity image")
