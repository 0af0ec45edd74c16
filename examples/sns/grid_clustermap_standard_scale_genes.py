# /// example
# task = """
# From the count table `expression` (genes as rows, samples `ctrl_1..3`, `treat_1..3` as \
# columns) take the 15 genes with the largest variance of `log2(count + 1)` across samples, and \
# draw those log values as a seaborn `clustermap` with each gene (row) rescaled to 0-1 \
# (`standard_scale=0`), clustering only the genes and keeping the samples in their original \
# order. Keep the log table of the selected genes in `top` and the grid in `g`."""
# prompt = """
# I want a quick clustered heatmap of the most variable genes in my `expression` counts: \
# log2(count + 1), keep the 15 genes with the highest variance across the six samples in `top`, \
# and show them with seaborn's `clustermap`, each gene scaled to the 0-1 range \
# (`standard_scale=0`), genes clustered but samples left in their original column order. Keep \
# the grid as `g`."""
# domain = 'visualization'
# libraries = ['seaborn', 'numpy', 'pandas']
# inputs = { expression = 'expression' }
# checks = [
#     '(lambda logged: set(top.index) == set(logged.var(axis=1).nlargest(15, keep="all").index) if logged.var(axis=1).nlargest(15, keep="all").size == min(15, len(logged)) else len(top) == min(15, len(logged)))(np.log2(expression + 1))',
#     'np.allclose(top.to_numpy(), np.log2(expression.loc[top.index].to_numpy() + 1))',
#     # each row of the drawn heatmap runs from 0 to 1 (constant rows cannot be rescaled)
#     '(lambda shown: all(np.isclose(np.nanmin(r), 0) and np.isclose(np.nanmax(r), 1) for r, v in zip(shown, top.to_numpy()[g.dendrogram_row.reordered_ind]) if np.ptp(v) > 0))(np.ma.filled(g.ax_heatmap.collections[0].get_array().astype(float), np.nan).reshape(len(top), -1))',
#     '[t.get_text() for t in g.ax_heatmap.get_xticklabels()] == list(expression.columns) and g.dendrogram_col is None',
# ]
# difficulty = 'intermediate'
# tags = ['clustering', 'standardization', 'applied-science']
# edge_cases = { min_size = 2, index = false, why = "clustering the rows needs at least two genes, identified by unique names" }
# ///
import numpy as np
import seaborn as sns

logged = np.log2(expression + 1)
top = logged.loc[logged.var(axis=1).nlargest(15).index]
# standard_scale=0 rescales each row to 0-1 before colouring, so genes of any level compare
g = sns.clustermap(top, standard_scale=0, col_cluster=False, figsize=(4, 5))
