# /// example
# task = """
# Show the 2-D contingency table of counts `table` as an image with `imshow` ("viridis") on the \
# Axes `ax` of the figure `fig`, and write each cell's count at the centre of its cell in white \
# text with a black outline 3 points wide (a stroke path effect), so the numbers stay readable on \
# both light and dark cells. Label the ticks with "row 0", "row 1", ... and "col 0", "col 1", ..., \
# add a colorbar labelled "count" and a title."""
# prompt = """
# I want my contingency `table` (counts) drawn as an `imshow` heatmap (viridis) on `ax` in `fig`, \
# with the count printed in the middle of every cell in white with a 3-point black outline \
# (path effects) so it's legible on any colour. Ticks labelled "row 0", "row 1", ... and \
# "col 0", "col 1", ..., a colorbar labelled "count" and a title please."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { table = 'table' }
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].image_arrays[0], np.asarray(table))',
#     # one text per cell, at the cell centre (column, row), reading the count
#     'sorted((round(t.get_position()[0]), round(t.get_position()[1]), t.get_text()) for t in ax.texts) == sorted((j, i, str(int(np.asarray(table)[i, j]))) for i in range(np.shape(table)[0]) for j in range(np.shape(table)[1]))',
#     # white text with a 3-point black stroke among its path effects: each effect draws a short path on a
#     # renderer that records the line width and colour it is asked to stroke with
#     'all(matplotlib.colors.to_hex(t.get_color()) == matplotlib.colors.to_hex("white") and any(width == 3 and matplotlib.colors.to_hex(rgb) == matplotlib.colors.to_hex("black") for width, rgb in (lambda seen: [effect.draw_path(type("Recorder", (matplotlib.backend_bases.RendererBase,), {"draw_path": lambda self, gc, *args: seen.append((gc.get_linewidth(), gc.get_rgb()))})(), matplotlib.backend_bases.GraphicsContextBase(), matplotlib.path.Path([(0, 0), (1, 1)]), matplotlib.transforms.Affine2D(), None) for effect in t.get_path_effects()] and seen)([])) for t in ax.texts)',
#     '[t.get_text() for t in ax.get_yticklabels()] == [f"row {i}" for i in range(np.shape(table)[0])] and [t.get_text() for t in ax.get_xticklabels()] == [f"col {j}" for j in range(np.shape(table)[1])]',
#     'figure_summary(fig).colorbar_labels == ["count"] and ax.get_title() != ""',
# ]
# difficulty = 'intermediate'
# tags = ['annotation', 'heatmap', 'contingency-table', 'colorbar']
# edge_cases = true
# ///
import matplotlib.patheffects as path_effects
import matplotlib.pyplot as plt
import numpy as np

counts = np.asarray(table)
n_rows, n_cols = counts.shape

fig, ax = plt.subplots()
image = ax.imshow(counts, cmap="viridis")
# the black stroke is drawn under the white glyphs, so they read on light and dark cells
outline = [path_effects.withStroke(linewidth=3, foreground="black")]
for i in range(n_rows):
    for j in range(n_cols):
        ax.text(
            j,
            i,
            str(int(counts[i, j])),
            ha="center",
            va="center",
            color="white",
            path_effects=outline,
        )
ax.set_xticks(range(n_cols), labels=[f"col {j}" for j in range(n_cols)])
ax.set_yticks(range(n_rows), labels=[f"row {i}" for i in range(n_rows)])
fig.colorbar(image, ax=ax, label="count")
ax.set_title("Contingency table")
