# /// example
# task = '''
# Write a function `frame_grid` with the signature and docstring below, then show the image
# stack `frames` (frames x rows x columns) with it in 5 columns; keep the figure in `fig`.
#
# ```python
# def frame_grid(stack, ncols=4, cmap="magma"):
#     """Return a new Figure showing each 2-D frame of the 3-D array `stack`
#     with imshow in its own Axes, row by row in a grid of ceil(n / c) rows
#     and c = min(ncols, n) columns for n frames. Every frame uses the same
#     colour limits, the minimum and maximum of the whole stack, each Axes is
#     titled "frame <i>" (i from 0) with its axis lines and ticks hidden,
#     grid cells left over in the last row are removed, and one colorbar
#     serves all the frames.
#     """
# ```'''
# prompt = """
# I look at image stacks as a grid of frames a lot. Please write `frame_grid(stack, ncols=4, \
# cmap="magma")` that returns a new figure with one `imshow` panel per frame of the 3-D array \
# `stack`, laid out row by row in `min(ncols, n)` columns and `ceil(n / ncols)` rows, all frames \
# sharing one colour scale from the stack's overall min to max, each panel titled "frame 0", \
# "frame 1", ... with axes hidden, leftover empty cells removed, and a single colorbar for the \
# whole grid. Then use it on my `frames` in 5 columns and keep the figure as `fig`."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { frames = 'frames' }
# checks = [
#     # 5 frames in 2 columns: a 3 x 2 grid with the sixth cell removed
#     '(lambda stack: (lambda f: (lambda s: [a.title for a in s.axes if a.n_images] == [f"frame {i}" for i in range(5)] and all(np.allclose(a.image_arrays[0], frame) for a, frame in zip([a for a in s.axes if a.n_images], stack)) and all(a.color_limits[0] == (0.0, 74.0) for a in s.axes if a.n_images) and s.n_colorbars == 1)(figure_summary(f)) and [a.get_subplotspec().get_geometry()[:2] for a in f.axes if a.images] == [(3, 2)] * 5 and not any(a.axison for a in f.axes if a.images))(frame_grid(stack, ncols=2)))(np.arange(75.0).reshape(5, 3, 5))',
#     '(lambda f: (lambda s: [a.title for a in s.axes if a.n_images] == ["frame 0"] and s.axes[0].color_limits[0] == (-2.0, 3.0) and s.n_colorbars == 1)(figure_summary(f)) and [a.get_subplotspec().get_geometry()[:2] for a in f.axes if a.images] == [(1, 1)])(frame_grid(np.array([[[-2.0, 0.0], [1.0, 3.0]]])))',
#     '(lambda f: [a.get_subplotspec().get_geometry()[:2] for a in f.axes if a.images] == [(1, 3)] * 3 and [a.images[0].get_cmap().name for a in f.axes if a.images] == ["gray"] * 3)(frame_grid(np.stack([np.eye(3), 2 * np.eye(3), -np.eye(3)]), ncols=4, cmap="gray"))',
#     '(lambda s: [a.title for a in s.axes if a.n_images] == [f"frame {i}" for i in range(len(frames))] and all(np.allclose(a.color_limits[0], (frames.min(), frames.max())) for a in s.axes if a.n_images) and s.n_colorbars == 1)(figure_summary(fig))',
#     '[a.get_subplotspec().get_geometry()[:2] for a in fig.axes if a.images] == [(-(-len(frames) // 5), min(5, len(frames)))] * len(frames)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'subplots', 'image-plot', 'colorbar']
# edge_cases = true
# ///
import math

import matplotlib.pyplot as plt


def frame_grid(stack, ncols=4, cmap="magma"):
    """Return a new Figure showing each 2-D frame of the 3-D array `stack`
    with imshow in its own Axes, row by row in a grid of ceil(n / c) rows
    and c = min(ncols, n) columns for n frames. Every frame uses the same
    colour limits, the minimum and maximum of the whole stack, each Axes is
    titled "frame <i>" (i from 0) with its axis lines and ticks hidden,
    grid cells left over in the last row are removed, and one colorbar
    serves all the frames.
    """
    n = len(stack)
    ncols = min(ncols, n)
    nrows = math.ceil(n / ncols)
    fig = plt.figure(figsize=(1.6 * ncols + 1, 1.6 * nrows), layout="constrained")
    axes = fig.subplots(nrows, ncols, squeeze=False)
    # one vmin/vmax for every frame, so equal colours mean equal values across the grid
    vmin, vmax = stack.min(), stack.max()
    for i, (ax, frame) in enumerate(zip(axes.flat[:n], stack, strict=True)):
        image = ax.imshow(frame, cmap=cmap, vmin=vmin, vmax=vmax)
        ax.set_title(f"frame {i}")
        ax.set_axis_off()
    for ax in axes.flat[n:]:
        ax.remove()
    fig.colorbar(image, ax=axes.flat[:n].tolist())
    return fig


fig = frame_grid(frames, ncols=5)
