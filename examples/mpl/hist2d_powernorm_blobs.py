# /// example
# task = """
# Draw a 2-D histogram of the points `X` (n x 2) on the Axes `ax` of the figure `fig` with 25 \
# bins per axis, mapping the counts to colours through a power-law norm with gamma 0.5 (so \
# sparse bins stay visible next to the dense cluster cores), with a colorbar labelled "points \
# per bin", axis labels and a title."""
# prompt = """
# My clustered points `X` (two columns) make a 2-D histogram where the dense cores wash out \
# everything else. Please draw it on `ax` in `fig` with 25 bins per axis and a power-law colour \
# norm with gamma 0.5, a colorbar labelled "points per bin", axis labels and a title."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { X = 'blobs.X' }
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].mesh_arrays[0], np.histogram2d(X[:, 0], X[:, 1], bins=25)[0].T.ravel()) or np.allclose(figure_summary(fig).axes[0].mesh_arrays[0], np.histogram2d(X[:, 0], X[:, 1], bins=25)[0].ravel())',
#     '(lambda norm: isinstance(norm, matplotlib.colors.PowerNorm) and norm.gamma == 0.5)(ax.collections[0].norm)',
#     'figure_summary(fig).n_colorbars == 1 and figure_summary(fig).colorbar_labels == ["points per bin"]',
#     'ax.get_xlabel() != "" and ax.get_ylabel() != "" and ax.get_title() != ""',
# ]
# difficulty = 'intermediate'
# tags = ['histogram', 'bivariate', 'colormap', 'colorbar']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
from matplotlib.colors import PowerNorm

fig, ax = plt.subplots(figsize=(6, 5))
# gamma < 1 stretches the low counts, so thinly populated bins get distinct colours
counts, xedges, yedges, mesh = ax.hist2d(X[:, 0], X[:, 1], bins=25, norm=PowerNorm(gamma=0.5))
fig.colorbar(mesh, ax=ax, label="points per bin")
ax.set(xlabel="feature 1", ylabel="feature 2", title="Point density (gamma 0.5)")
