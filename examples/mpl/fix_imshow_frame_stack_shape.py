# /// example
# task = """
# `frames` is a stack of 20 grayscale frames of 32 x 32 pixels (frames first). This code should \
# show the time-averaged frame (the mean over the 20 frames, per pixel) as an image with a \
# colorbar on `fig, ax`, but it fails:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots()
# image = ax.imshow(frames, cmap="gray")
# fig.colorbar(image, ax=ax, label="mean intensity")
# ax.set_title("Mean frame")
# ```
#
# ```text
# TypeError: Invalid shape (20, 32, 32) for image data
# ```
#
# Fix it so the image shows the per-pixel mean over the frames."""
# prompt = """
# My image stack `frames` has shape (frames, height, width) = (20, 32, 32). I want to display \
# the average frame (the mean over the 20 frames for each pixel) with a colorbar on `fig, ax`:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots()
# image = ax.imshow(frames, cmap="gray")
# fig.colorbar(image, ax=ax, label="mean intensity")
# ax.set_title("Mean frame")
# ```
#
# ```text
# TypeError: Invalid shape (20, 32, 32) for image data
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { frames = 'frames' }
# checks = [
#     'len(figure_summary(fig).axes[0].image_arrays) == 1 and np.allclose(figure_summary(fig).axes[0].image_arrays[0], frames.mean(axis=0), equal_nan=True)',
#     'figure_summary(fig).colorbar_labels == ["mean intensity"] and figure_summary(fig).axes[0].title == "Mean frame"',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'image-plot', 'colorbar']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
# imshow takes one 2-D frame (or RGB): average the stack over its first axis first
image = ax.imshow(frames.mean(axis=0), cmap="gray")
fig.colorbar(image, ax=ax, label="mean intensity")
ax.set_title("Mean frame")
