# /// example
# task = """
# Embed the samples of `X` in two dimensions with `TSNE` (exact gradient, `perplexity=20` or \
# one less than the number of samples when there are no more than 20, `random_state=0`) and \
# store the embedding in `embedding`. Scatter it on `ax` (figure `fig`) with the points coloured \
# by the class labels `y`, with axis labels and a title."""
# prompt = """
# I'd like a 2-D t-SNE map of my samples `X` to see whether the classes in `y` separate. The \
# data are small, so use the exact method (not the Barnes-Hut approximation), a perplexity of 20 \
# (one less than the number of samples if I have 20 or fewer) and random_state=0, keep the \
# embedding in `embedding`, and scatter it on `ax` in figure `fig` with each point coloured by \
# its class, plus axis labels and a title."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'matplotlib']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     'embedding.shape == (len(X), 2) and np.all(np.isfinite(embedding))',
#     "np.allclose(embedding, sklearn.manifold.TSNE(n_components=2, perplexity=min(20, len(X) - 1), method='exact', random_state=0).fit_transform(X))",
#     # every embedded point is drawn once, whether in one scatter call or one per class
#     'np.allclose(np.sort(np.concatenate(figure_summary(fig).axes[0].scatter_xy), axis=0), np.sort(embedding, axis=0))',
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != '' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['dimensionality-reduction', 'scatter-plot', 'classification']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
from sklearn.manifold import TSNE

# perplexity (roughly the number of neighbours each point attends to) must stay below the
# number of samples; the exact gradient is affordable for a few hundred points
tsne = TSNE(n_components=2, perplexity=min(20, len(X) - 1), method="exact", random_state=0)
embedding = tsne.fit_transform(X)

fig, ax = plt.subplots()
points = ax.scatter(embedding[:, 0], embedding[:, 1], c=y, cmap="viridis", s=12)
ax.legend(*points.legend_elements(), title="class")
ax.set_xlabel("t-SNE 1")
ax.set_ylabel("t-SNE 2")
ax.set_title("t-SNE embedding coloured by class")
