import matplotlib.pyplot as plt
import numpy as np

log_edges = np.histogram_bin_edges(np.log10(skewed), bins=30)
counts, _ = np.histogram(np.log10(skewed), bins=log_edges)
edges = 10**log_edges

fig, ax = plt.subplots()
ax.bar(edges[:-1], counts, width=np.diff(edges), align="edge", edgecolor="white")
ax.set_xscale("log")
ax.set_xlabel("value")
ax.set_ylabel("count")
ax.set_title("Distribution on a log scale")
