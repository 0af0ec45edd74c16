# /// example
# task = """
# `frames` is a microscopy time-lapse, a 3-D array of shape (n_frames, height, width). Compute \
# its maximum-intensity projection over time into `mip` (height x width) and show it with \
# `imshow` (origin at the upper left, `origin="upper"`, the "magma" colormap) with a colorbar \
# labelled "max intensity", axis labels "x (pixel)" and "y (pixel)" and the title \
# "Maximum-intensity projection". Keep the figure in `fig` and its Axes in `ax`."""
# prompt = """
# I have a time-lapse stack `frames` shaped (n_frames, height, width) and want to see where the \
# bright object went over the whole movie. Make the maximum-intensity projection across frames \
# (`mip`), display it with imshow in the "magma" colormap (origin top-left, origin="upper") with \
# a colorbar labelled "max intensity", axis labels "x (pixel)" and "y (pixel)" and the title \
# "Maximum-intensity projection". Keep the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { frames = 'frames' }
# checks = [
#     'mip.shape == frames.shape[1:]',
#     'np.allclose(mip, np.amax(frames, axis=0))',
#     'np.allclose(figure_summary(fig).axes[0].image_arrays[0], np.amax(frames, axis=0))',
#     "ax.images[0].get_cmap().name == 'magma' and ax.images[0].origin == 'upper'",
#     "figure_summary(fig).colorbar_labels == ['max intensity']",
#     "figure_summary(fig).axes[0].xlabel == 'x (pixel)' and figure_summary(fig).axes[0].ylabel == 'y (pixel)'",
#     "figure_summary(fig).axes[0].title == 'Maximum-intensity projection'",
# ]
# difficulty = 'basic'
# tags = ['image-plot', 'colorbar', 'applied-science']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

# the brightest value each pixel reached in any frame
mip = frames.max(axis=0)

fig, ax = plt.subplots()
image = ax.imshow(mip, cmap="magma", origin="upper")
fig.colorbar(image, ax=ax, label="max intensity")
ax.set_xlabel("x (pixel)")
ax.set_ylabel("y (pixel)")
ax.set_title("Maximum-intensity projection")
