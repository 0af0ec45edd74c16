import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import Normalize


def frame_grid(stack, ncols=4, cmap="magma"):
    """Return a new Figure showing each 2-D frame of the 3-D array `stack`
    with imshow in its own Axes, row by row in a grid of ceil(n / c) rows
    and c = min(ncols, n) columns for n frames. Every frame uses the same
    colour limits, the minimum and maximum of the whole stack, each Axes is
    titled "frame <i>" (i from 0) with its axis lines and ticks hidden,
    grid cells left over in the last row are removed, and one colorbar
    serves all the frames.
    """
    stack = np.asarray(stack)
    n_frames = stack.shape[0]
    n_cols = min(ncols, n_frames)
    n_rows = -(-n_frames // n_cols)
    fig, axs = plt.subplots(n_rows, n_cols, squeeze=False, layout="constrained")
    norm = Normalize(vmin=stack.min(), vmax=stack.max())
    used = []
    for index, ax in enumerate(axs.ravel()):
        if index >= n_frames:
            fig.delaxes(ax)
            continue
        mappable = ax.imshow(stack[index], cmap=cmap, norm=norm)
        ax.set_title(f"frame {index}")
        ax.axis("off")
        used.append(ax)
    fig.colorbar(mappable, ax=used, shrink=0.8)
    return fig


fig = frame_grid(frames, ncols=5)
