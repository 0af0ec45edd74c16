# /// example
# task = """
# Compute the correlation matrix `corr` of the four columns of `matrix` (variables in columns) \
# and show it with `imshow` ("RdBu_r", colour limits -1 to 1, colorbar labelled "correlation") on `fig, ax`. Find the \
# pair of different variables with the largest absolute correlation and outline both of its \
# cells (row i column j, and row j column i) with an unfilled black `Rectangle` each, one pixel \
# wide and tall, exactly around the cell; store the pair as the tuple `strongest` = (i, j) with \
# i < j. Add a title."""
# prompt = """
# Show the correlation matrix `corr` of my 4-column array `matrix` as an image (RdBu_r, from -1 \
# to 1, with a colorbar labelled "correlation") on `fig, ax`, and frame the strongest off-diagonal correlation (largest \
# absolute value): an unfilled black Rectangle around each of its two symmetric cells, exactly \
# one cell in size. Give me the pair as `strongest` = (i, j) with i < j, and a title."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { matrix = 'matrix' }
# checks = [
#     'np.allclose(corr, np.corrcoef(matrix, rowvar=False), equal_nan=True) and np.allclose(figure_summary(fig).axes[0].image_arrays[0], np.corrcoef(matrix, rowvar=False), equal_nan=True)',
#     '(lambda c: tuple(strongest) == min(((i, j) for i in range(4) for j in range(i + 1, 4)), key=lambda p: -abs(c[p])))(np.nan_to_num(np.corrcoef(matrix, rowvar=False), nan=0.0))',
#     # one-cell rectangles around (row i, col j) and (row j, col i): x = col - 0.5, y = row - 0.5
#     '(lambda r: sorted((round(p.get_x(), 6), round(p.get_y(), 6), p.get_width(), p.get_height()) for p in r) == sorted([(strongest[1] - 0.5, strongest[0] - 0.5, 1, 1), (strongest[0] - 0.5, strongest[1] - 0.5, 1, 1)]) and all(not p.get_fill() for p in r))([p for p in ax.patches if isinstance(p, matplotlib.patches.Rectangle)])',
#     'figure_summary(fig).axes[0].color_limits[0] == (-1.0, 1.0) and figure_summary(fig).colorbar_labels == ["correlation"] and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'intermediate'
# tags = ['heatmap', 'correlation', 'annotation']
# edge_cases = { constant = false, min_size = 3, why = "a correlation needs columns that vary over at least three rows" }
# ///
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Rectangle

corr = np.corrcoef(matrix, rowvar=False)
# mask the diagonal and the lower triangle: each pair once, never a variable with itself
upper = np.triu(np.abs(corr), k=1)
i, j = np.unravel_index(np.argmax(upper), upper.shape)
strongest = (int(i), int(j))

fig, ax = plt.subplots(figsize=(4.5, 3.5))
image = ax.imshow(corr, cmap="RdBu_r", vmin=-1, vmax=1)
fig.colorbar(image, ax=ax, label="correlation")
for row, col in [(i, j), (j, i)]:
    # imshow centres pixel (row, col) at (col, row), so the cell starts half a pixel earlier
    ax.add_patch(
        Rectangle((col - 0.5, row - 0.5), 1, 1, fill=False, edgecolor="black", linewidth=2)
    )
ax.set_title("Correlation matrix")
