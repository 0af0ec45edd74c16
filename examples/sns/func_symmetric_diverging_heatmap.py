# /// example
# task = '''
# Write a function `symmetric_heatmap` with the signature and docstring below, then apply it to \
# the column-standardised matrix `matrix` (each column minus its mean, divided by its sample \
# standard deviation, ddof=1), drawn on the Axes of a new figure `fig`, and store its result in \
# `limit` (NaN when it raises, e.g. every column is constant).
#
# ```python
# def symmetric_heatmap(values, ax, cmap="vlag"):
#     """Draw the 2-D array `values` as a seaborn heatmap on `ax` with a
#     diverging colormap whose limits are symmetric around 0: vmin = -m,
#     vmax = m with m the largest absolute finite value (m = 1 if all finite
#     values are 0), so 0 is always the middle colour. Returns m as a float.
#     Raises ValueError("no finite values") if nothing finite is left.
#     """
# ```'''
# prompt = '''
# Could you write `symmetric_heatmap(values, ax, cmap="vlag")` that draws a 2-D array as a seaborn
# heatmap with colour limits -m..m, m being the largest absolute finite value (use 1 when every
# finite value is 0), so 0 is the neutral colour, returns m as a float and raises
# `ValueError("no finite values")` when there are none? Then z-score the columns of my `matrix`
# (sample SD, ddof=1), draw it with the function in a new figure `fig` and keep m in `limit`
# (NaN if it raises because no z-score is finite).'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { matrix = 'matrix' }
# checks = [
#     '(lambda ax: symmetric_heatmap(np.array([[1.0, -3.0], [2.0, 0.5]]), ax) == 3.0 and np.allclose(axes_summary(ax).color_limits[0], (-3, 3)))(matplotlib.pyplot.subplots()[1])',
#     # NaN cells are ignored when finding the limit
#     '(lambda ax: np.isclose(symmetric_heatmap(np.array([[np.nan, 0.2], [-0.1, 0.05]]), ax), 0.2) and np.allclose(axes_summary(ax).color_limits[0], (-0.2, 0.2)))(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: symmetric_heatmap(np.zeros((2, 3)), ax) == 1.0 and np.allclose(axes_summary(ax).color_limits[0], (-1, 1)))(matplotlib.pyplot.subplots()[1])',
#     # another colormap is passed through: the drawn map starts and ends at mako's colours
#     '(lambda ax: symmetric_heatmap(np.array([[-2.0, 1.0]]), ax, cmap="mako") == 2.0 and np.allclose(ax.collections[0].cmap(0.0), matplotlib.colormaps["mako"](0.0), atol=0.01) and np.allclose(ax.collections[0].cmap(1.0), matplotlib.colormaps["mako"](1.0), atol=0.01))(matplotlib.pyplot.subplots()[1])',
#     '__import__("unittest").TestCase().assertRaisesRegex(ValueError, "no finite values", symmetric_heatmap, np.full((2, 2), np.nan), matplotlib.pyplot.subplots()[1]) is None',
#     '(lambda z: np.isclose(limit, np.nanmax(np.abs(z)) if np.isfinite(z).any() and np.nanmax(np.abs(z)) > 0 else 1.0) if np.isfinite(z).any() else np.isnan(limit))((matrix - matrix.mean(axis=0)) / matrix.std(axis=0, ddof=1))',
#     'np.isnan(limit) or np.allclose(figure_summary(fig).axes[0].color_limits[0], (-limit, limit))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'heatmap', 'colormap', 'standardization']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns


def symmetric_heatmap(values, ax, cmap="vlag"):
    """Draw the 2-D array `values` as a seaborn heatmap on `ax` with a
    diverging colormap whose limits are symmetric around 0: vmin = -m,
    vmax = m with m the largest absolute finite value (m = 1 if all finite
    values are 0), so 0 is always the middle colour. Returns m as a float.
    Raises ValueError("no finite values") if nothing finite is left.
    """
    values = np.asarray(values, dtype=float)
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        raise ValueError("no finite values")
    limit = float(np.abs(finite).max()) or 1.0
    sns.heatmap(values, cmap=cmap, vmin=-limit, vmax=limit, ax=ax)
    return limit


with np.errstate(divide="ignore", invalid="ignore"):
    zscores = (matrix - matrix.mean(axis=0)) / matrix.std(axis=0, ddof=1)

fig, ax = plt.subplots(figsize=(4, 4))
try:
    limit = symmetric_heatmap(zscores, ax)
except ValueError:
    # constant columns (or a single row) leave no finite z-score to show
    limit = float("nan")
ax.set(xlabel="column", ylabel="row", title="Standardised matrix")
