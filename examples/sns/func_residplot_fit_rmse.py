# /// example
# task = '''
# Write a function `residual_rmse` with the signature and docstring below, then apply it to the \
# points `x`, `y` with `order=1` on the Axes of a new figure `fig` and store the result in \
# `line_rmse`.
#
# ```python
# def residual_rmse(x, y, ax, order=1):
#     """Draw on `ax` the residuals of a least-squares polynomial fit of degree
#     `order` of `y` on `x` with seaborn's residplot, and return the root mean
#     square of those residuals as a float.
#     Raises ValueError("need at least order + 2 points") if there are fewer
#     than order + 2 points (the fit would leave no residual degree of freedom).
#     """
# ```'''
# prompt = '''
# I'd like a helper `residual_rmse(x, y, ax, order=1)` that plots the residuals of a polynomial fit
# (degree `order`) of `y` on `x` with seaborn's residplot on `ax` and returns their root mean square;
# with fewer than order + 2 points it should raise `ValueError("need at least order + 2 points")`.
# Then run it on my points `x`, `y` with `order=1` in a new figure `fig`, result in `line_rmse`.'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { x = 'line.x', y = 'line.y' }
# checks = [
#     # points exactly on a line: no residual left
#     '(lambda ax: np.isclose(residual_rmse(np.arange(6.0), 2 * np.arange(6.0) + 1, ax), 0, atol=1e-9))(matplotlib.pyplot.subplots()[1])',
#     # a parabola fitted by a straight line leaves the residuals np.polyfit leaves, and they are drawn
#     '(lambda ax, t: (lambda r: np.isclose(residual_rmse(t, t**2, ax), np.sqrt(np.mean(r**2))) and np.allclose(np.sort(axes_summary(ax).scatter_xy[0][:, 1]), np.sort(r)))(t**2 - np.polyval(np.polyfit(t, t**2, 1), t)))(matplotlib.pyplot.subplots()[1], np.array([-2.0, -1.0, 0.0, 1.0, 3.0]))',
#     # the same parabola with order=2 is fitted exactly, and the drawn residuals are those of that fit
#     '(lambda ax, t: np.isclose(residual_rmse(t, t**2, ax, order=2), 0, atol=1e-8) and np.allclose(axes_summary(ax).scatter_xy[0], np.column_stack([t, np.zeros_like(t)]), atol=1e-8))(matplotlib.pyplot.subplots()[1], np.array([-2.0, -1.0, 0.0, 1.0, 3.0]))',
#     '__import__("unittest").TestCase().assertRaisesRegex(ValueError, "need at least order [+] 2 points", residual_rmse, np.array([0.0, 1.0, 2.0]), np.array([1.0, 0.0, 1.0]), matplotlib.pyplot.subplots()[1], order=2) is None',
#     'np.isclose(line_rmse, np.sqrt(np.mean((y - np.polyval(np.polyfit(x, y, 1), x)) ** 2)))',
#     'np.allclose(np.sort(figure_summary(fig).axes[0].scatter_xy[0][:, 1]), np.sort(y - np.polyval(np.polyfit(x, y, 1), x)))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'residuals', 'regression', 'validation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns


def residual_rmse(x, y, ax, order=1):
    """Draw on `ax` the residuals of a least-squares polynomial fit of degree
    `order` of `y` on `x` with seaborn's residplot, and return the root mean
    square of those residuals as a float.
    Raises ValueError("need at least order + 2 points") if there are fewer
    than order + 2 points (the fit would leave no residual degree of freedom).
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if len(x) < order + 2:
        raise ValueError("need at least order + 2 points")
    sns.residplot(x=x, y=y, order=order, ax=ax)
    # residplot fits with np.polyfit too, so these are the residuals it drew
    residuals = y - np.polyval(np.polyfit(x, y, order), x)
    return float(np.sqrt(np.mean(residuals**2)))


fig, ax = plt.subplots(figsize=(6, 3))
line_rmse = residual_rmse(x, y, ax, order=1)
ax.set(xlabel="x", ylabel="residual", title="Residuals of the straight-line fit")
