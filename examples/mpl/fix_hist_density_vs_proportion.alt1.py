import matplotlib.pyplot as plt
import numpy as np

counts, edges = np.histogram(skewed, bins=20)
fig, ax = plt.subplots()
ax.bar(edges[:-1], counts / counts.sum(), width=np.diff(edges), align="edge")
ax.set_xlabel("value")
ax.set_ylabel("proportion of observations")
ax.set_title("Distribution")
