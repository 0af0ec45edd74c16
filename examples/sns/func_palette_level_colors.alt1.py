import pandas as pd
import seaborn as sns
from matplotlib.colors import to_hex


def level_colors(levels, palette="husl"):
    """Map each distinct level of `levels` (first-seen order) to a hex colour
    string from the seaborn palette `palette`, with exactly as many colours as
    distinct levels: the i-th level gets the palette's i-th colour.
    Returns a dict {level: "#rrggbb"}.
    Raises ValueError("no levels") if `levels` is empty.
    """
    # pd.unique keeps the levels in first-seen order
    distinct = pd.unique(pd.Series(list(levels), dtype=object))
    if len(distinct) == 0:
        raise ValueError("no levels")
    rgb = sns.color_palette(palette, len(distinct))
    return {level: to_hex(color) for level, color in zip(distinct, rgb, strict=True)}


event_colors = level_colors(list(events["event"].cat.categories))
