import matplotlib.pyplot as plt
from matplotlib.gridspec import GridSpec

fig = plt.figure(figsize=(6, 6))
gs = GridSpec(2, 2, figure=fig, width_ratios=[4, 1], height_ratios=[1, 4], wspace=0.05, hspace=0.05)
ax = fig.add_subplot(gs[1, 0])
ax_histx = fig.add_subplot(gs[0, 0], sharex=ax)
ax_histy = fig.add_subplot(gs[1, 1], sharey=ax)

ax.scatter(X[:, 0], X[:, 1], s=12, alpha=0.7)
ax_histx.hist(X[:, 0], bins=20)
ax_histy.hist(X[:, 1], bins=20, orientation="horizontal")
# the shared axes already carry these tick labels
ax_histx.tick_params(axis="x", labelbottom=False)
ax_histy.tick_params(axis="y", labelleft=False)
ax.set_xlabel("Feature 0")
ax.set_ylabel("Feature 1")
fig.suptitle("Scatter with marginal histograms")
