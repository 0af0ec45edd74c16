# /// example
# task = """
# Show the 2 x 3 contingency table `table` (NumPy counts) as an annotated seaborn `heatmap` on \
# `fig, ax`: integer counts written in the cells (`annot=True, fmt="d"`), colours running from \
# white for 0 to "darkgreen" at the largest count, built with \
# `sns.blend_palette(["white", "darkgreen"], as_cmap=True)` and `vmin=0`. Label the rows "row 1", \
# "row 2" and the columns "col 1", "col 2", "col 3"."""
# prompt = """
# Please draw my 2 x 3 count `table` as a seaborn heatmap on `fig, ax` with the integer counts \
# printed in the cells, a colour scale blending from "white" (at 0) to "darkgreen" (at the \
# maximum), row labels "row 1", "row 2" and column labels "col 1", "col 2", "col 3"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { table = 'table' }
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].mesh_arrays[0], np.asarray(table, dtype=float).ravel())',
#     'sorted(figure_summary(fig).axes[0].texts) == sorted(str(int(v)) for v in np.asarray(table).ravel())',
#     # the colour scale starts at white for 0 and ends at darkgreen for the largest count
#     '(lambda mesh: mesh.norm.vmin == 0 and np.isclose(mesh.norm.vmax, np.max(table)) and np.allclose(mesh.cmap(0.0)[:3], matplotlib.colors.to_rgb("white"), atol=0.01) and np.allclose(mesh.cmap(1.0)[:3], matplotlib.colors.to_rgb("darkgreen"), atol=0.01))(ax.collections[0])',
#     'figure_summary(fig).axes[0].yticklabels == ["row 1", "row 2"] and figure_summary(fig).axes[0].xticklabels == ["col 1", "col 2", "col 3"]',
# ]
# difficulty = 'basic'
# tags = ['heatmap', 'colormap', 'contingency-table']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

# blend_palette interpolates between the listed colours; as_cmap=True returns a colormap
white_to_green = sns.blend_palette(["white", "darkgreen"], as_cmap=True)

fig, ax = plt.subplots(figsize=(5, 3))
sns.heatmap(
    table,
    annot=True,
    fmt="d",
    cmap=white_to_green,
    vmin=0,
    xticklabels=["col 1", "col 2", "col 3"],
    yticklabels=["row 1", "row 2"],
    ax=ax,
)
ax.set(title="Counts")
