import matplotlib.pyplot as plt
import numpy as np

counts, edges = np.histogram(values, bins=15)
centres = (edges[:-1] + edges[1:]) / 2
fig, ax = plt.subplots()
ax.bar(centres, counts, width=edges[1:] - edges[:-1])
ax.set_xlabel("value")
ax.set_ylabel("count")
ax.set_title("Distribution of values")
