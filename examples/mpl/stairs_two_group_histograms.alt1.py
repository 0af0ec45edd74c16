import matplotlib.pyplot as plt
import numpy as np

edges = np.histogram_bin_edges(np.r_[a, b], bins=20)

fig, ax = plt.subplots()
for name, sample in [("a", a), ("b", b)]:
    counts, _ = np.histogram(sample, bins=edges)
    ax.stairs(counts, edges, label=name)
ax.legend(title="sample")
ax.set(xlabel="measurement", ylabel="frequency", title="Histograms of a and b")
