import matplotlib.pyplot as plt
import numpy as np

counts = np.asarray(table)
n_groups, n_outcomes = counts.shape
groups = [f"group {i + 1}" for i in range(n_groups)]
# the bottom of each segment is the running total of the segments below it
bottoms = np.hstack([np.zeros((n_groups, 1)), np.cumsum(counts, axis=1)[:, :-1]])

fig, ax = plt.subplots()
for j in range(n_outcomes):
    ax.bar(groups, counts[:, j], bottom=bottoms[:, j], label=f"outcome {j + 1}")
ax.set_xlabel("Group")
ax.set_ylabel("Count")
ax.set_title("Outcomes per group")
ax.legend()
