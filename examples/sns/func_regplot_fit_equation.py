# /// example
# task = '''
# Write a function `regplot_with_equation` with the signature and docstring below, then apply it
# to the data `x`, `y` and store the returned coefficients in `coefs`; keep the figure in `fig`,
# label the axes and add a title.
#
# ```python
# def regplot_with_equation(x, y, ax):
#     """Draw the points and their least-squares straight line with seaborn
#     `regplot` (no confidence band) on `ax`, write the line's equation as
#     the only text on `ax`, e.g. "y = 1.50x - 0.25" (two decimals, the sign
#     of the intercept shown by "+" or "-"), and return (slope, intercept).
#
#     Pairs with a missing value (NaN) in x or y are ignored.
#     """
# ```'''
# prompt = """
# Can you write `regplot_with_equation(x, y, ax)`? It should draw the points and their \
# least-squares line with seaborn's `regplot` (no confidence band) on `ax`, put the fitted \
# equation on the plot as its only text, formatted like `"y = 1.50x - 0.25"` (two decimals, a \
# "+" or "-" before the absolute intercept), ignore pairs with a NaN, and return `(slope, \
# intercept)`. Then use it on my data `x`, `y`, keep the coefficients as `coefs` and the figure \
# `fig`, with axis labels and a title."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { x = 'line.x', y = 'line.y' }
# checks = [
#     '(lambda ax: (lambda res, s: np.allclose(res, [1.5, -0.25]) and s.texts == ["y = 1.50x - 0.25"] and np.allclose(s.scatter_xy[0], [[0, -0.25], [1, 1.25], [2, 2.75], [3, 4.25]]) and np.allclose(s.lines_xy[0][:, 1], 1.5 * s.lines_xy[0][:, 0] - 0.25))(regplot_with_equation(np.arange(4.0), np.array([-0.25, 1.25, 2.75, 4.25]), ax), axes_summary(ax)))(matplotlib.pyplot.subplots()[1])',
#     # the pair with a NaN is ignored by the fit
#     '(lambda ax: (lambda res, p: np.allclose(res, p) and axes_summary(ax).texts == [f"y = {p[0]:.2f}x + {p[1]:.2f}"])(regplot_with_equation(np.array([0.0, 1.0, 2.0, 3.0, 4.0]), np.array([2.0, 2.5, np.nan, 5.0, 4.5]), ax), np.polyfit([0.0, 1.0, 3.0, 4.0], [2.0, 2.5, 5.0, 4.5], 1)))(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: np.allclose(regplot_with_equation([1.0, 2.0, 3.0], [9.0, 7.0, 5.0], ax), [-2.0, 11.0]) and axes_summary(ax).texts == ["y = -2.00x + 11.00"])(matplotlib.pyplot.subplots()[1])',
#     '(lambda keep: np.allclose(coefs, np.polyfit(x[keep], y[keep], 1)))(np.isfinite(x) & np.isfinite(y))',
#     '(lambda p: figure_summary(fig).axes[0].texts == [f"y = {p[0]:.2f}x {chr(45) if p[1] < 0 else chr(43)} {abs(p[1]):.2f}"] and np.allclose(figure_summary(fig).axes[0].lines_xy[0][:, 1], np.polyval(p, figure_summary(fig).axes[0].lines_xy[0][:, 0])))(np.polyfit(x[np.isfinite(x) & np.isfinite(y)], y[np.isfinite(x) & np.isfinite(y)], 1))',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'regression', 'scatter-plot', 'annotation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns


def regplot_with_equation(x, y, ax):
    """Draw the points and their least-squares straight line with seaborn
    `regplot` (no confidence band) on `ax`, write the line's equation as
    the only text on `ax`, e.g. "y = 1.50x - 0.25" (two decimals, the sign
    of the intercept shown by "+" or "-"), and return (slope, intercept).

    Pairs with a missing value (NaN) in x or y are ignored.
    """
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    complete = ~(np.isnan(x) | np.isnan(y))
    slope, intercept = np.polyfit(x[complete], y[complete], deg=1)
    sns.regplot(x=x[complete], y=y[complete], ci=None, ax=ax)
    sign = "-" if intercept < 0 else "+"
    # axes-fraction coordinates keep the text in the corner whatever the data range
    ax.text(
        0.05,
        0.95,
        f"y = {slope:.2f}x {sign} {abs(intercept):.2f}",
        transform=ax.transAxes,
        va="top",
    )
    return slope, intercept


fig, ax = plt.subplots()
coefs = regplot_with_equation(x, y, ax)
ax.set(xlabel="x", ylabel="y", title="Linear fit")
