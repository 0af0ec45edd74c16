# /// example
# task = """
# Compute the Pearson correlation matrix `corr` of the numeric DataFrame `df` and show it as a \
# heatmap with `imshow` on a diverging colormap fixed to [-1, 1], column names as tick labels on \
# both axes, each cell annotated with its coefficient to two decimals, and a colorbar labelled \
# "Pearson r"; keep the AxesImage in `im` and add a title. Keep the figure in `fig`."""
# prompt = """
# Compute the Pearson correlation matrix `corr` of my numeric DataFrame `df` and show it as an \
# imshow heatmap with a diverging colormap fixed to the range -1 to 1, the column names as tick \
# labels on both axes, each cell annotated with its coefficient to two decimals, and a colorbar \
# labelled "Pearson r". Keep the image in `im`, add a title, and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { df = 'measurements' }
# checks = [
#     'figure_summary(fig).axes[0].n_texts == df.shape[1] ** 2',
#     'figure_summary(fig).axes[0].xticklabels == list(df.columns) and figure_summary(fig).axes[0].yticklabels == list(df.columns)',
#     # every finite coefficient is written in a cell with two decimals
#     '(lambda want, got: all(got.count(w) >= want.count(w) for w in set(want)))([f"{v:.2f}" for v in df.corr(method="pearson").to_numpy(dtype=float).ravel() if np.isfinite(v)], figure_summary(fig).axes[0].texts)',
#     'im.get_clim() == (-1.0, 1.0)',
#     'figure_summary(fig).has_colorbar',
#     'np.allclose(np.asarray(corr, dtype=float), df.corr(method="pearson").to_numpy(dtype=float), equal_nan=True)',
#     'np.allclose(figure_summary(fig).axes[0].image_arrays[0], df.corr(method="pearson").to_numpy(dtype=float), equal_nan=True)',
#     "figure_summary(fig).colorbar_labels == ['Pearson r']",
# ]
# difficulty = 'intermediate'
# tags = ['heatmap', 'correlation', 'annotation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

corr = df.corr()

fig, ax = plt.subplots()
# a fixed, symmetric range keeps the colour of r = 0 neutral
im = ax.imshow(corr, cmap="RdBu_r", vmin=-1, vmax=1)
ax.set_xticks(range(len(corr.columns)), labels=corr.columns, rotation=45, ha="right")
ax.set_yticks(range(len(corr.index)), labels=corr.index)
for i in range(len(corr.index)):
    for j in range(len(corr.columns)):
        ax.text(j, i, f"{corr.iloc[i, j]:.2f}", ha="center", va="center", fontsize=8)
ax.set_title("Correlation matrix")
fig.colorbar(im, ax=ax, label="Pearson r")
