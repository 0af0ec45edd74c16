# /// example
# task = """
# `frames` is a time-lapse stack of shape (n_frames, height, width) showing one bright moving \
# object. For each frame compute the intensity-weighted centroid of the frame minus its own \
# minimum (background removed), as (x, y) = (column, row) in pixels, into `track`, an array of \
# shape (n_frames, 2); a frame with no contrast (all pixels equal) gets NaN for both. Plot the \
# track as one line of y against x with circle markers on the Axes `ax`, with the y axis \
# inverted so it matches the image orientation, axis labels "x (pixel)" and "y (pixel)" and the \
# title "Centroid track". Keep the figure in `fig`."""
# prompt = """
# My stack `frames` (n_frames x height x width) shows a single blob moving across the field of \
# view. I'd like its path: per frame, subtract the frame's minimum as background and take the \
# intensity-weighted centroid, (x, y) = (column, row) in pixels, stored as `track` with shape \
# (n_frames, 2); if a frame is completely flat, use NaN for that frame. Then plot y against x as \
# a single line with "o" markers on `ax`, with the y axis flipped like an image, labels \
# "x (pixel)" and "y (pixel)", title "Centroid track", figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { frames = 'frames' }
# checks = [
#     'track.shape == (frames.shape[0], 2)',
#     # centroids by a loop over frames with explicit index grids
#     "np.allclose(track, [[np.nan, np.nan] if (f - f.min()).sum() == 0 else [((f - f.min()) * np.arange(f.shape[1])[None, :]).sum() / (f - f.min()).sum(), ((f - f.min()) * np.arange(f.shape[0])[:, None]).sum() / (f - f.min()).sum()] for f in frames], equal_nan=True)",
#     'figure_summary(fig).axes[0].n_lines == 1',
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0], track, equal_nan=True)',
#     "ax.lines[0].get_marker() == 'o'",
#     'ax.yaxis_inverted()',
#     "figure_summary(fig).axes[0].xlabel == 'x (pixel)' and figure_summary(fig).axes[0].ylabel == 'y (pixel)'",
#     "figure_summary(fig).axes[0].title == 'Centroid track'",
# ]
# difficulty = 'intermediate'
# tags = ['line-plot', 'applied-science']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

rows, cols = np.indices(frames.shape[1:])
track = np.full((frames.shape[0], 2), np.nan)
for k, frame in enumerate(frames):
    # weights relative to the frame's darkest pixel, so a constant background does not pull the centroid
    weights = frame - frame.min()
    total = weights.sum()
    if total > 0:
        track[k] = (weights * cols).sum() / total, (weights * rows).sum() / total

fig, ax = plt.subplots()
ax.plot(track[:, 0], track[:, 1], marker="o")
ax.invert_yaxis()
ax.set_xlabel("x (pixel)")
ax.set_ylabel("y (pixel)")
ax.set_title("Centroid track")
