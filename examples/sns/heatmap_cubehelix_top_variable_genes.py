# /// example
# task = """
# From the count table `expression` (genes as rows, samples `ctrl_1..3`, `treat_1..3` as \
# columns), take `log2(count + 1)`, keep the 10 genes with the largest variance of those log \
# values across samples (largest first) in `top`, and draw `top` as a heatmap with a sequential \
# cubehelix colormap from `seaborn.cubehelix_palette(start=0.5, rot=-0.5, as_cmap=True)` and a \
# colorbar labelled "log2(count + 1)". Keep the figure in `fig` and its Axes in `ax`."""
# prompt = """
# I'd like a heatmap of the 10 most variable genes in my counts `expression` (genes in rows, six \
# samples in columns): transform to log2(count + 1), rank genes by the variance of those values \
# across samples, keep the top 10 (most variable first) in `top`, and colour with seaborn's \
# cubehelix palette as a colormap (`start=0.5`, `rot=-0.5`), colorbar labelled \
# "log2(count + 1)". Figure `fig`, Axes `ax`."""
# domain = 'visualization'
# libraries = ['seaborn', 'numpy', 'pandas']
# inputs = { expression = 'expression' }
# checks = [
#     '(lambda logged: top.shape == (min(10, len(expression)), expression.shape[1]) and np.allclose(top.to_numpy(), logged.loc[top.index].to_numpy()) and np.allclose(np.sort(logged.var(axis=1).to_numpy())[::-1][: len(top)], logged.loc[top.index].var(axis=1).to_numpy()))(np.log2(expression + 1))',
#     'np.allclose(figure_summary(fig).axes[0].mesh_arrays[0], top.to_numpy().ravel())',
#     # the colormap's ends are the cubehelix palette's ends
#     'np.allclose(ax.collections[0].get_cmap()(0.0), seaborn.cubehelix_palette(start=0.5, rot=-0.5, as_cmap=True)(0.0)) and np.allclose(ax.collections[0].get_cmap()(1.0), seaborn.cubehelix_palette(start=0.5, rot=-0.5, as_cmap=True)(1.0))',
#     'figure_summary(fig).colorbar_labels == ["log2(count + 1)"]',
# ]
# difficulty = 'intermediate'
# tags = ['heatmap', 'colormap', 'colorbar', 'sorting']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns

logged = np.log2(expression + 1)
# rank by variance on the log scale so highly expressed genes do not dominate by size alone
top = logged.loc[logged.var(axis=1).sort_values(ascending=False).index[:10]]

fig, ax = plt.subplots(figsize=(6, 5))
cmap = sns.cubehelix_palette(start=0.5, rot=-0.5, as_cmap=True)
sns.heatmap(top, cmap=cmap, cbar_kws={"label": "log2(count + 1)"}, ax=ax)
ax.set(xlabel="sample", ylabel="gene", title="Most variable genes")
