import matplotlib.pyplot as plt
from matplotlib import colormaps
from matplotlib.colors import to_hex


def colormap_hex(name, n):
    """Return `n` colours spread evenly from the first to the last colour
    of the registered colormap `name`, as "#rrggbb" strings (alpha
    dropped); n=1 gives the colormap's middle colour. Raise ValueError
    for n < 1 and for a name that is not a registered colormap.
    """
    if n < 1:
        raise ValueError("need at least one colour")
    try:
        cmap = colormaps[name]
    except KeyError as err:
        raise ValueError(f"unknown colormap {name!r}") from err
    if n == 1:
        return [to_hex(cmap(0.5))]
    # resampled(n) keeps n colours from the first to the last
    return [to_hex(cmap.resampled(n)(i)) for i in range(n)]


palette = colormap_hex("viridis", 5)
fig, ax = plt.subplots(figsize=(5, 2))
for i, colour in enumerate(palette):
    ax.bar(i, 1.0, color=colour, width=1.0)
ax.set_title("viridis samples")
