# /// example
# task = """
# Compute the Pearson correlation matrix `corr` of the DataFrame `measurements` and draw its \
# lower triangle (diagonal and upper triangle hidden with a boolean `mask`) as an annotated \
# seaborn `heatmap` on `fig, ax`: two-decimal annotations, the diverging "vlag" colormap centred \
# on 0 with limits -1 and 1, square cells and a colorbar labelled "Pearson r"; add a title. A \
# correlation with a constant column is undefined (NaN): its cell stays blank."""
# prompt = """
# Compute the Pearson correlation matrix `corr` of my DataFrame `measurements` and show only its \
# lower triangle as an annotated seaborn heatmap on `fig, ax`, hiding the diagonal and the upper \
# triangle with a boolean `mask`. Use two-decimal annotations, the diverging "vlag" colormap \
# centred on 0 with limits -1 and 1, square cells and a colorbar labelled "Pearson r", plus a \
# title. A correlation involving a constant column is NaN and its cell should just stay blank."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas', 'numpy']
# inputs = { measurements = 'measurements' }
# checks = [
#     'np.allclose(corr, measurements.corr(), equal_nan=True)',
#     # one annotation per defined (finite) correlation below the diagonal
#     'figure_summary(fig).axes[0].n_texts == np.isfinite(corr.to_numpy()[np.tril_indices(len(corr), -1)]).sum()',
#     '(lambda r: np.allclose(sorted(float(t.get_text()) for t in ax.texts), np.sort(r[np.isfinite(r)]), atol=0.006))(corr.to_numpy()[np.tril_indices(len(corr), -1)])',
#     "figure_summary(fig).has_colorbar and figure_summary(fig).colorbar_labels == ['Pearson r']",
#     # "vlag" centred on 0 with limits -1 and 1, on square cells
#     '(lambda m: np.allclose(figure_summary(fig).axes[0].color_limits[0], (-1, 1)) and np.allclose(m.cmap(m.norm(0.0)), seaborn.color_palette("vlag", as_cmap=True)(0.5), atol=0.02))(ax.collections[0])',
#     'ax.get_aspect() == 1.0',
#     "figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['heatmap', 'correlation', 'annotation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns

corr = measurements.corr()
# hide the redundant upper triangle and the trivial diagonal of ones
mask = np.triu(np.ones_like(corr, dtype=bool))
fig, ax = plt.subplots(figsize=(5, 4))
sns.heatmap(
    corr,
    mask=mask,
    annot=True,
    fmt=".2f",
    cmap="vlag",
    center=0,
    vmin=-1,
    vmax=1,
    square=True,
    linewidths=0.5,
    cbar_kws={"label": "Pearson r"},
    ax=ax,
)
ax.set_title("Correlation between measurements")
