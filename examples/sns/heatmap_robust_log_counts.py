# /// example
# task = """
# Show the count matrix `expression` (genes as rows, samples as columns) as a seaborn `heatmap` \
# of `log1p` counts on `fig, ax`, with the colour range set from the 2nd to the 98th percentile of \
# the values instead of the extremes (`robust=True`), so a few very high counts do not wash out \
# the rest. Label the axes "sample" and "gene" and label the colorbar "log(1 + count)"."""
# prompt = """
# Heatmap of my `expression` counts (genes x samples) on a log1p scale with seaborn on \
# `fig, ax`. A handful of huge counts flatten everything, so base the colour limits on the 2nd \
# and 98th percentiles of the values. Axis labels "sample" and "gene", colorbar label \
# "log(1 + count)"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { expression = 'expression' }
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].mesh_arrays[0], np.log1p(expression.to_numpy(dtype=float)).ravel())',
#     'np.allclose(figure_summary(fig).axes[0].color_limits[0], np.percentile(np.log1p(expression.to_numpy(dtype=float)), [2, 98]))',
#     'figure_summary(fig).colorbar_labels == ["log(1 + count)"]',
#     'figure_summary(fig).axes[0].xlabel == "sample" and figure_summary(fig).axes[0].ylabel == "gene"',
# ]
# difficulty = 'basic'
# tags = ['heatmap', 'colorbar', 'outliers']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns

fig, ax = plt.subplots(figsize=(5, 4))
# robust=True takes vmin/vmax from the 2nd and 98th percentiles instead of the min and max
sns.heatmap(
    np.log1p(expression),
    robust=True,
    yticklabels=False,
    cbar_kws={"label": "log(1 + count)"},
    ax=ax,
)
ax.set(xlabel="sample", ylabel="gene", title="Expression (log1p counts)")
