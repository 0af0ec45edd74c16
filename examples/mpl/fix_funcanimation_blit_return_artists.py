# /// example
# task = """
# This code should save a preview of the image stack `frames` (frames x rows x columns) as an \
# animated GIF: its first 5 images, one GIF frame per image, at 5 frames per second with blitting, \
# with the colour scale spanning the whole stack, into a temporary directory, keeping the file's \
# bytes in `gif_bytes` and the figure in `fig`, but it raises an error:
#
# ```python
# import tempfile
# from pathlib import Path
#
# import matplotlib.pyplot as plt
# from matplotlib.animation import FuncAnimation, PillowWriter
#
# preview = frames[:5]
# fig, ax = plt.subplots(figsize=(2, 2), dpi=40)
# image = ax.imshow(frames[0], cmap="viridis", vmin=frames.min(), vmax=frames.max())
# ax.set_title("Blob over time")
# ax.set_axis_off()
#
#
# def update(i):
#     image.set_data(preview[i])
#
#
# animation = FuncAnimation(fig, update, frames=len(preview), blit=True)
# with tempfile.TemporaryDirectory() as tmp:
#     path = Path(tmp) / "blob.gif"
#     animation.save(path, writer=PillowWriter(fps=5))
#     gif_bytes = path.read_bytes()
# ```
#
# ```text
# RuntimeError: When blit=True, the animation function must return a sequence of Artist objects.
# ```
#
# Fix it."""
# prompt = """
# I'm making a quick preview GIF of my image stack `frames`: its first 5 images, one GIF frame per \
# image, 5 fps, blitting on, colours scaled to the whole stack, saved in a temporary folder; I keep \
# the bytes in `gif_bytes` and the figure in `fig`. It dies before saving anything:
#
# ```python
# import tempfile
# from pathlib import Path
#
# import matplotlib.pyplot as plt
# from matplotlib.animation import FuncAnimation, PillowWriter
#
# preview = frames[:5]
# fig, ax = plt.subplots(figsize=(2, 2), dpi=40)
# image = ax.imshow(frames[0], cmap="viridis", vmin=frames.min(), vmax=frames.max())
# ax.set_title("Blob over time")
# ax.set_axis_off()
#
#
# def update(i):
#     image.set_data(preview[i])
#
#
# animation = FuncAnimation(fig, update, frames=len(preview), blit=True)
# with tempfile.TemporaryDirectory() as tmp:
#     path = Path(tmp) / "blob.gif"
#     animation.save(path, writer=PillowWriter(fps=5))
#     gif_bytes = path.read_bytes()
# ```
#
# ```text
# RuntimeError: When blit=True, the animation function must return a sequence of Artist objects.
# ```
#
# What does it want from my update function?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { frames = 'frames' }
# checks = [
#     'gif_bytes[:6] in (b"GIF87a", b"GIF89a")',
#     # the animation ran through the preview: the image now holds its last frame (the 5th, or the
#     # stack's last when it is shorter)
#     'np.allclose(figure_summary(fig).axes[0].image_arrays[0], frames[:5][-1])',
#     'np.allclose(figure_summary(fig).axes[0].color_limits[0], (frames.min(), frames.max()))',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'figure-export', 'image-plot']
# edge_cases = true
# ///
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt
from matplotlib.animation import FuncAnimation, PillowWriter

preview = frames[:5]
fig, ax = plt.subplots(figsize=(2, 2), dpi=40)
image = ax.imshow(frames[0], cmap="viridis", vmin=frames.min(), vmax=frames.max())
ax.set_title("Blob over time")
ax.set_axis_off()


def update(i):
    image.set_data(preview[i])
    # with blit=True the animation redraws only the artists the function returns
    return [image]


animation = FuncAnimation(fig, update, frames=len(preview), blit=True)
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "blob.gif"
    animation.save(path, writer=PillowWriter(fps=5))
    gif_bytes = path.read_bytes()
