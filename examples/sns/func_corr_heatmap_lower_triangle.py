# /// example
# task = '''
# Write a function `corr_heatmap` with the signature and docstring below, then draw the Spearman
# correlations of the numeric columns of `survey` with it and store the returned matrix in
# `corr`; keep the figure in `fig` and add a title.
#
# ```python
# def corr_heatmap(df, ax, method="pearson"):
#     """Draw the correlation matrix of df's numeric columns (pandas
#     `DataFrame.corr` with `method`, pairwise complete rows) as an annotated
#     seaborn heatmap on `ax` and return the matrix.
#
#     Only the lower triangle and the diagonal are shown: cells above the
#     diagonal are masked. Annotations have two decimals; the colormap
#     "coolwarm" is centred on 0 with limits -1 and 1.
#     """
# ```'''
# prompt = """
# I need a reusable correlation heatmap: `corr_heatmap(df, ax, method="pearson")` should compute \
# the correlation matrix of the numeric columns of `df` with pandas' `corr` (that `method`, \
# pairwise complete rows), draw it as an annotated seaborn heatmap on `ax` with two-decimal \
# annotations, the "coolwarm" colormap centred on 0 with limits -1 and 1, masking every cell above \
# the diagonal (the diagonal itself stays), and return the matrix. Then use it for the Spearman \
# correlations of my `survey` table, store the matrix as `corr`, and keep the figure `fig` with \
# a title."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas', 'numpy']
# inputs = { survey = 'survey' }
# checks = [
#     # masked cells are read back as NaN; the rest are the lower triangle of the matrix
#     '(lambda ax: (lambda df: (lambda c, s: np.allclose(c, df.corr()) and np.allclose(s.mesh_arrays[0], np.where(np.triu(np.ones((3, 3), dtype=bool), k=1), np.nan, df.corr().to_numpy()).ravel(), equal_nan=True) and s.texts == [f"{v:.2f}" for v in df.corr().to_numpy()[np.tril_indices(3)]] and np.allclose(s.color_limits, [(-1.0, 1.0)]))(corr_heatmap(df, ax), axes_summary(ax)))(pd.DataFrame({"a": [1.0, 2.0, 3.0, 4.0], "b": [2.0, 1.0, 4.0, 3.0], "c": [1.0, 1.0, 1.0, 2.0]})))(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: (lambda df: (lambda c, s: np.allclose(c, df[["x", "y"]].corr(method="spearman")) and s.texts == [f"{v:.2f}" for v in df[["x", "y"]].corr(method="spearman").to_numpy()[np.tril_indices(2)]] and np.allclose(s.color_limits, [(-1.0, 1.0)]))(corr_heatmap(df, ax, method="spearman"), axes_summary(ax)))(pd.DataFrame({"label": list("pqrst"), "x": [1.0, 5.0, 2.0, 4.0, 3.0], "y": [10.0, 80.0, 30.0, 20.0, 90.0]})))(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: (lambda df: (lambda c, s: np.allclose(c, df.corr(method="kendall")) and np.allclose(s.mesh_arrays[0], [1.0, np.nan, df.corr(method="kendall").iloc[1, 0], 1.0], equal_nan=True))(corr_heatmap(df, ax, method="kendall"), axes_summary(ax)))(pd.DataFrame({"u": [1.0, 2.0, np.nan, 4.0, 5.0], "v": [3.0, 1.0, 2.0, 5.0, 4.0]})))(matplotlib.pyplot.subplots()[1])',
#     'np.allclose(corr, survey.corr(method="spearman"), equal_nan=True)',
#     'np.allclose(figure_summary(fig).axes[0].mesh_arrays[0], np.where(np.triu(np.ones(corr.shape, dtype=bool), k=1), np.nan, survey.corr(method="spearman").to_numpy()).ravel(), equal_nan=True)',
#     'figure_summary(fig).axes[0].texts == [f"{v:.2f}" for v in survey.corr(method="spearman").to_numpy()[np.tril_indices(len(corr))] if np.isfinite(v)] and figure_summary(fig).axes[0].title != ""',
#     # seaborn resamples the colormap around center=0; with limits -1 and 1 its ends are coolwarm's ends
#     'np.allclose(fig.axes[0].collections[0].cmap([0.0, 1.0]), matplotlib.colormaps["coolwarm"]([0.0, 1.0]))',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'heatmap', 'correlation', 'ranking']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns


def corr_heatmap(df, ax, method="pearson"):
    """Draw the correlation matrix of df's numeric columns (pandas
    `DataFrame.corr` with `method`, pairwise complete rows) as an annotated
    seaborn heatmap on `ax` and return the matrix.

    Only the lower triangle and the diagonal are shown: cells above the
    diagonal are masked. Annotations have two decimals; the colormap
    "coolwarm" is centred on 0 with limits -1 and 1.
    """
    corr = df.corr(method=method, numeric_only=True)
    # k=1 leaves the diagonal unmasked and hides only the cells above it
    mask = np.triu(np.ones(corr.shape, dtype=bool), k=1)
    sns.heatmap(
        corr, mask=mask, annot=True, fmt=".2f", cmap="coolwarm", center=0, vmin=-1, vmax=1, ax=ax
    )
    return corr


fig, ax = plt.subplots(figsize=(5, 4))
corr = corr_heatmap(survey, ax, method="spearman")
ax.set_title("Spearman correlations")
