# /// example
# task = """
# Scatter the 2-D points `X` (n x 2) with seaborn's `scatterplot` on `fig, ax`, coloured by their \
# cluster `labels`, and add a rug of ticks along both axes with `rugplot` (first column on x, \
# second on y), each tick 5% of the axes tall (`height=0.05`). Label the axes "x1" and "x2"."""
# prompt = """
# Plot my points `X` (two columns) as a seaborn scatter coloured by cluster `labels`, on \
# `fig, ax`, and show the marginal spread with rug ticks on both axes, 0.05 of the axes long. \
# Axis labels "x1" and "x2"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { X = 'blobs.X', labels = 'blobs.labels' }
# checks = [
#     'np.allclose(np.vstack(figure_summary(fig).axes[0].scatter_xy), X)',
#     # the x rug's ticks are vertical at each x value, the y rug's horizontal at each y value, 0.05 long
#     '(lambda segs: any(np.allclose(np.sort(s[:, 0, 0]), np.sort(X[:, 0])) and np.allclose(s[:, 0, 0], s[:, 1, 0]) and np.allclose(np.abs(s[:, 1, 1] - s[:, 0, 1]), 0.05) for s in segs) and any(np.allclose(np.sort(s[:, 0, 1]), np.sort(X[:, 1])) and np.allclose(s[:, 0, 1], s[:, 1, 1]) and np.allclose(np.abs(s[:, 1, 0] - s[:, 0, 0]), 0.05) for s in segs))([np.asarray(c.get_segments()) for c in ax.collections if isinstance(c, matplotlib.collections.LineCollection) and len(c.get_segments())])',
#     'len(figure_summary(fig).axes[0].legend_labels) == len(np.unique(labels))',
#     'figure_summary(fig).axes[0].xlabel == "x1" and figure_summary(fig).axes[0].ylabel == "x2"',
# ]
# difficulty = 'basic'
# tags = ['scatter-plot', 'clustering', 'semantic-mapping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(5, 4))
sns.scatterplot(x=X[:, 0], y=X[:, 1], hue=labels, palette="deep", ax=ax)
# height is a fraction of the axes, so the rug stays the same size whatever the data range
sns.rugplot(x=X[:, 0], y=X[:, 1], height=0.05, color="gray", ax=ax)
ax.set(xlabel="x1", ylabel="x2", title="Clusters with marginal rugs")
