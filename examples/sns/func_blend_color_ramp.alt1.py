import numpy as np
import seaborn as sns
from matplotlib.colors import to_hex


def color_ramp(low, high, n):
    """Return `n` hex colour strings ("#rrggbb") running evenly in RGB from
    the Matplotlib colour `low` to `high`, both ends included, made with
    seaborn's blend_palette.
    Raises ValueError("n must be at least 2") if n < 2.
    """
    if n < 2:
        raise ValueError("n must be at least 2")
    cmap = sns.blend_palette([low, high], as_cmap=True)
    # sample the continuous blend at n evenly spaced points, ends included
    return [to_hex(cmap(pos)) for pos in np.linspace(0, 1, n)]


ramp = color_ramp("white", "navy", 5)
