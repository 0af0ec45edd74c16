import numpy as np
from matplotlib import pyplot as plt


def show_matrix(data, ax, cmap="viridis", label=""):
    """Show the 2-D array `data` as an image on `ax` with the colormap `cmap`,
    row 0 at the top, and add a colorbar beside `ax` labelled `label`.

    Missing cells (NaN) stay blank; the colour scale spans the smallest to
    the largest finite value. Returns the image.
    """
    values = np.ma.masked_invalid(np.asarray(data, dtype=float))
    im = ax.imshow(values, cmap=cmap, vmin=values.min(), vmax=values.max(), origin="upper")
    colorbar = plt.colorbar(im, ax=ax)
    colorbar.set_label(label)
    return im


fig, ax = plt.subplots(figsize=(5, 4))
show_matrix(image, ax, "gray", "intensity")
ax.set_title("Image intensities")
