import numpy as np
from matplotlib import pyplot as plt


def plot_with_zoom(x, y, ax, x_range, bounds=(0.6, 0.6, 0.35, 0.35)):
    """Plot y against x as a line on `ax` and add an inset Axes inside it at
    `bounds` (left, bottom, width, height as fractions of `ax`) that shows
    the same curve zoomed to `x_range` = (low, high): the inset's x limits
    are exactly `x_range` and its y limits enclose every point with x in
    that range. Mark the zoomed region on `ax` with `indicate_inset_zoom`
    and return the inset Axes.
    """
    ax.plot(x, y, color="tab:blue")
    zoom = ax.inset_axes(list(bounds))
    zoom.plot(x, y, color="tab:blue")
    window = np.asarray(y)[(np.asarray(x) >= x_range[0]) & (np.asarray(x) <= x_range[1])]
    low, high = np.nanmin(window), np.nanmax(window)
    pad = 0.05 * (high - low) or 0.5
    zoom.set_xlim(*x_range)
    zoom.set_ylim(low - pad, high + pad)
    ax.indicate_inset_zoom(zoom)
    return zoom


fig, ax = plt.subplots(figsize=(7, 4))
center = x[np.nanargmax(y)]
inset = plot_with_zoom(x, y, ax, x_range=(center - 1.5, center + 1.5))
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title("Zoom on the peak")
