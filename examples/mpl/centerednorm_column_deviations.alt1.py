import matplotlib.colors as mcolors
import matplotlib.pyplot as plt
import numpy as np

deviations = matrix - np.mean(matrix, axis=0, keepdims=True)

fig, ax = plt.subplots(figsize=(4, 6))
# matshow would square the cells; aspect="auto" lets the tall matrix fill the axes
heat = ax.matshow(deviations, cmap="coolwarm", norm=mcolors.CenteredNorm(), aspect="auto")
fig.colorbar(heat, ax=ax, label="deviation from column mean")
ax.set(xlabel="column", ylabel="row", title="Column-centred values")
