# /// example
# task = """
# Display the 2-D intensity array `image` with `imshow` (origin at the lower left, "viridis", no \
# interpolation) and a colorbar labelled "intensity"; keep the AxesImage in `im` and label the \
# axes and title. Keep the figure in `fig`."""
# prompt = """
# Display the 2-D intensity array `image` as an image with the origin at the lower left \
# (origin="lower"), the "viridis" colormap and no interpolation, plus a colorbar labelled \
# "intensity". Keep the image in `im`, label the axes, add a title, and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { image = 'image' }
# checks = [
#     'figure_summary(fig).axes[0].n_images == 1',
#     'im.get_array().shape == image.shape',
#     'figure_summary(fig).has_colorbar',
#     "im.origin == 'lower' and im.get_cmap().name == 'viridis' and im.get_interpolation() in ('none', 'nearest')",
#     'np.allclose(figure_summary(fig).axes[0].image_arrays[0], image, equal_nan=True)',
#     "figure_summary(fig).colorbar_labels == ['intensity']",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'basic'
# tags = ['image-plot', 'colorbar']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
# origin="lower" puts row 0 at the bottom, so y grows upwards as on a plot axis;
# "nearest" shows each pixel as a flat square instead of smoothing between them
im = ax.imshow(image, cmap="viridis", origin="lower", interpolation="nearest")
ax.set_xlabel("x (pixel)")
ax.set_ylabel("y (pixel)")
ax.set_title("Intensity image")
fig.colorbar(im, ax=ax, label="intensity")
