# /// example
# task = '''
# Write the function `text_color_for` below, then draw the contingency table `table` as an
# `imshow` heatmap ("viridis") on `fig, ax` and write each count in its cell, the text colour
# chosen with `text_color_for` from the cell's colour.
#
# ```python
# def text_color_for(background):
#     """Return "black" or "white", whichever reads better on the matplotlib
#     colour `background`: compute the WCAG relative luminance
#     L = 0.2126 R + 0.7152 G + 0.0722 B of the linearised sRGB channels
#     (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4) and
#     return "black" when L > 0.179, else "white".
#     """
# ```'''
# prompt = '''
# For annotated heatmaps I need `text_color_for(background)` returning "black" or "white" for
# any matplotlib colour: linearise each sRGB channel (c / 12.92 when c <= 0.04045, otherwise
# ((c + 0.055) / 1.055) ** 2.4), take the luminance L = 0.2126 R + 0.7152 G + 0.0722 B, and
# answer "black" if L > 0.179, "white" otherwise. Then show my contingency `table` with imshow
# (viridis) on `fig, ax`, the counts written in the cells in the colour it picks.'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { table = 'table' }
# checks = [
#     '[text_color_for(c) for c in ["white", "black", "yellow", "navy", (0.5, 0.5, 0.5)]] == ["black", "white", "black", "white", "black"]',
#     # just either side of L = 0.179: sRGB 0.46 gives L ~ 0.178, sRGB 0.47 gives L ~ 0.187
#     'text_color_for((0.46, 0.46, 0.46)) == "white" and text_color_for((0.47, 0.47, 0.47, 0.2)) == "black" and text_color_for("#0000ff") == "white" and text_color_for("#ff0000") == "black" and text_color_for("#00ff00") == "black"',
#     'sorted(figure_summary(fig).axes[0].texts) == sorted(str(v) for v in np.ravel(table)) and np.array_equal(figure_summary(fig).axes[0].image_arrays[0], table)',
#     # every cell label uses the colour chosen for its cell colour
#     '(lambda im: all(t.get_color() == text_color_for(im.cmap(im.norm(table[int(round(t.get_position()[1])), int(round(t.get_position()[0]))]))) and t.get_text() == str(table[int(round(t.get_position()[1])), int(round(t.get_position()[0]))]) for t in ax.texts))(ax.images[0])',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'heatmap', 'annotation', 'contingency-table']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import to_rgb


def text_color_for(background):
    """Return "black" or "white", whichever reads better on the matplotlib
    colour `background`: compute the WCAG relative luminance
    L = 0.2126 R + 0.7152 G + 0.0722 B of the linearised sRGB channels
    (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4) and
    return "black" when L > 0.179, else "white".
    """
    srgb = np.array(to_rgb(background))
    linear = np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)
    luminance = linear @ [0.2126, 0.7152, 0.0722]
    return "black" if luminance > 0.179 else "white"


fig, ax = plt.subplots(figsize=(4, 3))
image = ax.imshow(table, cmap="viridis")
for (row, col), count in np.ndenumerate(table):
    # the cell's own colour, looked up through the image's norm and colormap
    cell_color = image.cmap(image.norm(count))
    ax.text(col, row, str(count), ha="center", va="center", color=text_color_for(cell_color))
ax.set(xlabel="column", ylabel="row", title="Contingency table")
