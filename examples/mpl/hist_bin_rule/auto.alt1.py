import matplotlib.pyplot as plt
import numpy as np

counts, edges = np.histogram(values, bins="auto")

fig, ax = plt.subplots()
# the counts are already computed: draw them as a filled step outline
ax.stairs(counts, edges, fill=True, edgecolor="black")
ax.set_xlabel("Value")
ax.set_ylabel("Count")
ax.set_title(f'Histogram with bins="auto" ({len(counts)} bins)')
