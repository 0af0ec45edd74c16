# /// example
# task = '''
# Write a function `fit_and_residuals` with the signature and docstring below, then apply it to
# the curve `x`, `y` with a straight-line fit; keep the returned figure in `fig` and label the x
# axis of its bottom panel.
#
# ```python
# def fit_and_residuals(x, y, order=1):
#     """Return a new Figure with two Axes stacked vertically that share the x
#     axis: the top one shows the points and the least-squares polynomial
#     fit of degree `order` (seaborn `regplot`, no confidence band), the
#     bottom one the residuals y - fit of the same polynomial (seaborn
#     `residplot`) with a horizontal line at zero. The y axes are labelled
#     "y" and "residual".
#
#     Pairs with a missing value (NaN) in x or y are dropped.
#     """
# ```'''
# prompt = """
# To check my fits I'd like `fit_and_residuals(x, y, order=1)` that returns a new figure with two \
# stacked panels sharing the x axis: on top the data with a least-squares polynomial fit of degree \
# `order` drawn by seaborn's `regplot` (no confidence band), below the residuals of that same fit \
# from seaborn's `residplot`, with a zero line, the y axes labelled "y" and "residual". Pairs with \
# a NaN on either side are ignored. Apply \
# it to my curve `x`, `y` with a straight line, keep the figure as `fig` and label the x axis of \
# the bottom panel."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { x = 'line.x', y = 'line.y' }
# checks = [
#     # the top fit line lies on the fitted polynomial; the bottom points are the residuals
#     '(lambda f, x, y: (lambda top, bottom, p: np.allclose(top.scatter_xy[0], np.column_stack([x, y])) and np.allclose(top.lines_xy[0][:, 1], np.polyval(p, top.lines_xy[0][:, 0])) and np.allclose(bottom.scatter_xy[0], np.column_stack([x, y - np.polyval(p, x)]), atol=1e-9) and bottom.shares_x)(*figure_summary(f).axes, np.polyfit(x, y, 2)))(fit_and_residuals(np.arange(6.0), np.array([1.0, 0.0, 2.0, 7.0, 15.0, 26.0]), order=2), np.arange(6.0), np.array([1.0, 0.0, 2.0, 7.0, 15.0, 26.0]))',
#     '(lambda f: (lambda top, bottom, p: np.allclose(top.lines_xy[0][:, 1], np.polyval(p, top.lines_xy[0][:, 0])) and np.allclose(bottom.scatter_xy[0], np.column_stack([[0.0, 2.0, 3.0, 4.0], np.array([1.0, 2.0, 6.0, 5.0]) - np.polyval(p, [0.0, 2.0, 3.0, 4.0])])) and len(top.scatter_xy[0]) == 4)(*figure_summary(f).axes, np.polyfit([0.0, 2.0, 3.0, 4.0], [1.0, 2.0, 6.0, 5.0], 1)))(fit_and_residuals(np.array([0.0, 1.0, 2.0, 3.0, 4.0, np.nan]), np.array([1.0, np.nan, 2.0, 6.0, 5.0, 3.0])))',
#     '(lambda f: figure_summary(f).n_axes == 2 and figure_summary(f).ylabels == ["y", "residual"] and np.allclose(figure_summary(f).axes[1].scatter_xy[0][:, 1], 0.0, atol=1e-9) and any(np.allclose(xy[:, 1], 0.0) for xy in figure_summary(f).axes[1].lines_xy))(fit_and_residuals(np.array([1.0, 2.0, 3.0, 4.0]), np.array([3.0, 5.0, 7.0, 9.0])))',
#     '(lambda top, bottom, p: np.allclose(top.lines_xy[0][:, 1], np.polyval(p, top.lines_xy[0][:, 0])) and np.allclose(bottom.scatter_xy[0][:, 1], y - np.polyval(p, x), atol=1e-8))(*figure_summary(fig).axes, np.polyfit(x, y, 1))',
#     'figure_summary(fig).axes[0].ylim[0] < figure_summary(fig).axes[0].ylim[1] and figure_summary(fig).axes[1].shares_x and figure_summary(fig).axes[1].xlabel != ""',
#     # no confidence band: regplot draws one as a PolyCollection
#     'not any(isinstance(c, matplotlib.collections.PolyCollection) for c in fig.axes[0].collections) and not any(isinstance(c, matplotlib.collections.PolyCollection) for c in fit_and_residuals(np.arange(6.0), np.array([1.0, 0.0, 2.0, 7.0, 15.0, 26.0]), order=2).axes[0].collections)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'regression', 'residuals', 'subplots']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns


def fit_and_residuals(x, y, order=1):
    """Return a new Figure with two Axes stacked vertically that share the x
    axis: the top one shows the points and the least-squares polynomial
    fit of degree `order` (seaborn `regplot`, no confidence band), the
    bottom one the residuals y - fit of the same polynomial (seaborn
    `residplot`) with a horizontal line at zero. The y axes are labelled
    "y" and "residual".

    Pairs with a missing value (NaN) in x or y are dropped.
    """
    fig, (ax_fit, ax_resid) = plt.subplots(2, 1, sharex=True, figsize=(6, 5), height_ratios=[2, 1])
    # both functions drop incomplete pairs themselves (dropna=True)
    sns.regplot(x=x, y=y, order=order, ci=None, ax=ax_fit, line_kws={"color": "tab:red"})
    sns.residplot(x=x, y=y, order=order, ax=ax_resid)
    ax_fit.set_ylabel("y")
    ax_resid.set_ylabel("residual")
    return fig


fig = fit_and_residuals(x, y, order=1)
fig.axes[1].set_xlabel("x")
