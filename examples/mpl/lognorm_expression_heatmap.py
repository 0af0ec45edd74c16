# /// example
# task = """
# Show the first 30 genes (rows) of the count table `expression` as a heatmap with \
# `pcolormesh`: the values are the counts plus one (a pseudo-count, so zeros can be shown) on a \
# logarithmic colour scale (`LogNorm`) from the smallest to the largest of those values, \
# "magma" colormap, a colorbar labelled "count + 1", the sample names as x tick labels at the \
# cell centres. Keep the figure in `fig` and its Axes in `ax`, with a title."""
# prompt = """
# My RNA-seq `expression` counts span several orders of magnitude. Please draw the first 30 \
# genes as a pcolormesh heatmap of count + 1 with a log colour scale (LogNorm) from the minimum \
# to the maximum of those values, "magma" colours, a colorbar labelled "count + 1", sample \
# names under the columns (ticks at the cell centres) and a title; keep `fig` and `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy', 'pandas']
# inputs = { expression = 'expression' }
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].mesh_arrays[0], (expression.iloc[:30].to_numpy() + 1).ravel())',
#     # a log norm puts the geometric mean of the limits at the middle of the colormap
#     '(lambda m: isinstance(m.norm, matplotlib.colors.LogNorm) and np.isclose(m.norm.vmin, expression.iloc[:30].to_numpy().min() + 1) and np.isclose(m.norm.vmax, expression.iloc[:30].to_numpy().max() + 1))(ax.collections[0])',
#     'ax.collections[0].get_cmap().name == "magma" and figure_summary(fig).colorbar_labels == ["count + 1"]',
#     '(fig.canvas.draw(), [t.get_text() for t in ax.get_xticklabels()] == list(expression.columns) and np.allclose(ax.get_xticks(), np.arange(expression.shape[1]) + 0.5))[-1]',
#     'figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'intermediate'
# tags = ['heatmap', 'colormap', 'colorbar', 'log-scale']
# edge_cases = { constant = false, why = "a log colour scale needs counts that differ, or its limits collapse to one value" }
# ///
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import LogNorm

subset = expression.iloc[:30]
shifted = subset.to_numpy() + 1

fig, ax = plt.subplots(figsize=(4, 5))
mesh = ax.pcolormesh(shifted, cmap="magma", norm=LogNorm(vmin=shifted.min(), vmax=shifted.max()))
fig.colorbar(mesh, ax=ax, label="count + 1")
# pcolormesh cells span [i, i + 1]: put the ticks at the centres
ax.set_xticks(np.arange(subset.shape[1]) + 0.5, subset.columns, rotation=45)
ax.set_yticks(np.arange(len(subset)) + 0.5, subset.index, fontsize=5)
ax.set_title("Counts of the first 30 genes")
