# /// example
# task = """
# Centre each column of the 2-D array `matrix` (rows are samples, columns variables) on its mean, \
# store the result in `deviations`, and show it as a heatmap with `imshow` (aspect "auto", "coolwarm" \
# colormap) through a `CenteredNorm` centred on 0, so the colour limits are symmetric: minus and plus \
# the largest absolute deviation. Add a colorbar labelled "deviation from column mean", label the \
# axes and title. Keep the figure in `fig`."""
# prompt = """
# I want to see which samples in `matrix` (rows are samples, columns are variables) sit above or \
# below each variable's mean. Subtract each column's mean (keep that in `deviations`) and draw it \
# as a heatmap with the "coolwarm" colormap, stretched to fill the axes, with the colour scale \
# symmetric around 0 (from minus to plus the largest absolute deviation) so white means "at the \
# mean". Add a colorbar labelled "deviation from column mean", label the axes, add a title, and \
# keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { matrix = 'matrix' }
# checks = [
#     'np.allclose(deviations, matrix - matrix.mean(axis=0))',
#     'np.allclose(figure_summary(fig).axes[0].image_arrays[0], matrix - matrix.mean(axis=0))',
#     # symmetric limits at the largest absolute deviation (Matplotlib widens all-zero data to a small range)
#     '(lambda lo, hi, top: np.isclose(lo, -hi) and (np.isclose(hi, top) if top > 0 else hi > 0))(*figure_summary(fig).axes[0].color_limits[0], np.abs(matrix - matrix.mean(axis=0)).max())',
#     "fig.axes[0].images[0].cmap.name == 'coolwarm'",
#     "figure_summary(fig).colorbar_labels == ['deviation from column mean']",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != '' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['colormap', 'heatmap', 'colorbar']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
from matplotlib.colors import CenteredNorm

deviations = matrix - matrix.mean(axis=0)

fig, ax = plt.subplots(figsize=(4, 6))
# CenteredNorm takes its half-range from the data: the largest |deviation| on both sides
im = ax.imshow(deviations, cmap="coolwarm", norm=CenteredNorm(vcenter=0), aspect="auto")
fig.colorbar(im, ax=ax, label="deviation from column mean")
ax.set_xlabel("variable (column)")
ax.set_ylabel("sample (row)")
ax.set_title("Deviations from the column means")
