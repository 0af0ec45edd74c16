import matplotlib.pyplot as plt
import numpy as np
from matplotlib import patheffects

values = np.asarray(table)
fig, ax = plt.subplots()
mappable = ax.imshow(values, cmap="viridis")
effects = [patheffects.Stroke(linewidth=3, foreground="black"), patheffects.Normal()]
for (row, col), count in np.ndenumerate(values):
    ax.annotate(
        f"{int(count)}", (col, row), ha="center", va="center", color="white", path_effects=effects
    )
ax.set_xticks(np.arange(values.shape[1]))
ax.set_xticklabels([f"col {c}" for c in range(values.shape[1])])
ax.set_yticks(np.arange(values.shape[0]))
ax.set_yticklabels([f"row {r}" for r in range(values.shape[0])])
colorbar = fig.colorbar(mappable)
colorbar.set_label("count")
ax.set_title("Counts per cell")
