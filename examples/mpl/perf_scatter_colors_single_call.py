# /// example
# task = """
# This loop draws the 2-D points `X` one marker at a time on `fig, ax`, each in the tab10 \
# colour of its cluster label from `labels`:
#
# ```python
# import matplotlib.pyplot as plt
#
# palette = plt.colormaps["tab10"].colors
# fig, ax = plt.subplots()
# for (x, y), label in zip(X, labels):
#     ax.scatter(x, y, color=palette[label], s=12)
# ax.set(xlabel="feature 1", ylabel="feature 2", title="Clusters")
# ```
#
# Make it fast: one `scatter` call that gives every point the same colour as before."""
# prompt = """
# I colour my clustered points `X` by their integer `labels` with tab10, but I call scatter \
# once per point, which is really slow:
#
# ```python
# import matplotlib.pyplot as plt
#
# palette = plt.colormaps["tab10"].colors
# fig, ax = plt.subplots()
# for (x, y), label in zip(X, labels):
#     ax.scatter(x, y, color=palette[label], s=12)
# ax.set(xlabel="feature 1", ylabel="feature 2", title="Clusters")
# ```
#
# How do I do this with a single scatter on `fig, ax`, same colours per point?"""
# task_type = 'performance'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { X = 'blobs.X', labels = 'blobs.labels' }
# checks = [
#     # every point with its colour, whatever the number of collections
#     '(lambda got, want: got.shape == want.shape and np.allclose(got[np.lexsort(got.T[::-1])], want[np.lexsort(want.T[::-1])], atol=1e-6))(np.concatenate([np.column_stack([c.get_offsets(), np.broadcast_to(c.get_facecolor(), (len(c.get_offsets()), 4))]) for c in ax.collections]), np.column_stack([X, np.array([matplotlib.colors.to_rgba(matplotlib.colormaps["tab10"].colors[k]) for k in labels]).reshape(-1, 4)]))',
#     'ax.get_xlabel() == "feature 1" and ax.get_ylabel() == "feature 2" and ax.get_title() == "Clusters"',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'scatter-plot', 'clustering']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

# index the palette with the labels: one RGB row per point
palette = np.array(plt.colormaps["tab10"].colors)
fig, ax = plt.subplots()
ax.scatter(X[:, 0], X[:, 1], color=palette[labels], s=12)
ax.set(xlabel="feature 1", ylabel="feature 2", title="Clusters")
