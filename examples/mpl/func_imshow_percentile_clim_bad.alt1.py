import matplotlib.pyplot as plt
import numpy as np
from matplotlib import colors


def show_robust(ax, image, percentiles=(2, 98), cmap="viridis", bad_color="0.6"):
    """Show the 2-D array `image` on `ax` with imshow and return the AxesImage.

    The colour limits are the given lower and upper percentiles of the
    finite values (NaN ignored); NaN pixels are drawn in `bad_color`; a
    colorbar with arrows at both ends (extend="both") marks that values
    beyond the limits are clipped. The colormap registered under `cmap` is
    not modified.

    Raises ValueError if `image` has no finite value.
    """
    data = np.ma.masked_invalid(np.asarray(image, dtype=float))
    if data.count() == 0:
        raise ValueError("no finite pixel in image")
    low, high = np.percentile(data.compressed(), percentiles)
    palette = plt.get_cmap(cmap).with_extremes(bad=bad_color)
    artist = ax.imshow(data, cmap=palette, norm=colors.Normalize(vmin=low, vmax=high))
    plt.colorbar(artist, ax=ax, extend="both")
    return artist


fig, ax = plt.subplots()
shown = show_robust(ax, image)
ax.set_title("Robust colour scale")

try:
    show_robust(ax, np.full((2, 2), np.nan))
except ValueError as exc:
    empty_error = str(exc)
