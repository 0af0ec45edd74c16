# /// example
# task = """
# For 400 points from `make_blobs` around four centres in 3-D (`X_blobs`), fit `KMeans` \
# (`n_init=10`) for k = 2..8 and store the candidate counts in `ks`, the inertias in `inertias` \
# and the silhouette scores in `silhouettes`; plot both against k as lines with markers in two \
# side-by-side panels (`axes`), inertia on the left and silhouette on the right, with axis labels \
# and titles, mark the k with the highest silhouette (`best_k`) by a \
# vertical line labelled "best k" in the silhouette panel and finish with that panel's legend."""
# prompt = """
# Generate 400 points around four well-separated centres in 3-D with make_blobs as `X_blobs`, and \
# fit k-means (n_init=10) for k = 2..8, storing the candidate counts in `ks`, the inertias in \
# `inertias` and the silhouette scores in `silhouettes`. Plot inertia (left) and silhouette \
# (right) against k as lines with markers in two side-by-side panels `axes`, each with axis \
# labels and a title. Mark the k with the highest silhouette (`best_k`) with a vertical line \
# labelled "best k" in the silhouette panel, and finish with that panel's legend."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'matplotlib']
# inputs = {}
# checks = [
#     'list(ks) == list(range(2, 9)) and len(inertias) == len(silhouettes) == len(ks)',
#     'all(a >= b for a, b in zip(inertias, inertias[1:]))',
#     'best_k == 4 and max(silhouettes) <= 1',
#     # the legend may list the silhouette line too; the marker line must be in it
#     "figure_summary().n_axes == 2 and 'best k' in figure_summary().axes[1].legend_labels",
#     'all(figure_summary().xlabels) and all(figure_summary().titles)',
#     # each curve drawn as a line in its own panel: inertia left, silhouette right
#     '(lambda a: any(len(xy) == len(ks) and np.allclose(xy, np.column_stack([ks, inertias])) for xy in a[0].lines_xy) and any(len(xy) == len(ks) and np.allclose(xy, np.column_stack([ks, silhouettes])) for xy in a[1].lines_xy))(figure_summary().axes)',
# ]
# difficulty = 'intermediate'
# tags = ['clustering', 'model-selection']
# ///
import matplotlib.pyplot as plt
from sklearn.cluster import KMeans
from sklearn.datasets import make_blobs
from sklearn.metrics import silhouette_score

centers = [(0, 0, 0), (6, 0, 0), (0, 6, 0), (0, 0, 6)]
X_blobs, _ = make_blobs(n_samples=400, centers=centers, cluster_std=1.0, random_state=42)
ks = list(range(2, 9))
inertias, silhouettes = [], []
for k in ks:
    # n_init=10 runs 10 initialisations and keeps the lowest-inertia one, so a bad start cannot win
    model = KMeans(n_clusters=k, n_init=10, random_state=0).fit(X_blobs)
    inertias.append(model.inertia_)
    silhouettes.append(silhouette_score(X_blobs, model.labels_))
# inertia keeps falling as k grows, so the silhouette peak gives the clearer choice of k
best_k = ks[silhouettes.index(max(silhouettes))]

fig, axes = plt.subplots(1, 2, figsize=(10, 4))
axes[0].plot(ks, inertias, marker="o")
axes[0].set(xlabel="number of clusters k", ylabel="inertia", title="Elbow curve")
axes[1].plot(ks, silhouettes, marker="o")
axes[1].axvline(best_k, color="tab:red", linestyle="--", label="best k")
axes[1].set(xlabel="number of clusters k", ylabel="silhouette score", title="Silhouette")
axes[1].legend()
