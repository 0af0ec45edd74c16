# /// example
# task = """
# Plot `f(x) = x**2 * exp(-x)` on 200 points from 0 to 8, shade the area under it between \
# `a = 1` and `b = 3` with a `Polygon` patch whose outline runs from (a, 0) along the curve \
# (100 points from a to b) down to (b, 0), and write the area as text "area = {area:.4f}", where \
# `area` is the integral of f from a to b. Keep the figure in `fig` and its Axes in `ax`, and \
# label the axes."""
# prompt = """
# For a calculus handout I need f(x) = x^2 e^(-x) drawn on 200 points over [0, 8] with the \
# region under the curve between `a = 1` and `b = 3` filled in using a Polygon patch (from \
# (a, 0) up along 100 points of the curve to (b, 0)). Compute the integral `area` over [a, b] \
# and print it on the plot as "area = 0.1234"-style text (4 decimals). Keep `fig` and `ax`, \
# with axis labels."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy', 'scipy.integrate']
# inputs = {}
# checks = [
#     'np.isclose(area, scipy.integrate.quad(lambda t: t**2 * np.exp(-t), 1, 3)[0], rtol=1e-6)',
#     'figure_summary(fig).axes[0].texts == [f"area = {scipy.integrate.quad(lambda t: t**2 * np.exp(-t), 1, 3)[0]:.4f}"]',
#     # the polygon: (a, 0), the curve from a to b, (b, 0)
#     '(lambda v: np.allclose(v[0], [1, 0]) and np.allclose(v[-1], [3, 0]) and np.allclose(v[1:-1], np.column_stack([np.linspace(1, 3, 100), np.linspace(1, 3, 100) ** 2 * np.exp(-np.linspace(1, 3, 100))])))((lambda xy: xy[:-1] if np.allclose(xy[0], xy[-1]) else xy)([p for p in ax.patches if isinstance(p, matplotlib.patches.Polygon)][0].get_xy()))',
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([np.linspace(0, 8, 200), np.linspace(0, 8, 200) ** 2 * np.exp(-np.linspace(0, 8, 200))]))',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != ""',
# ]
# difficulty = 'basic'
# tags = ['filled-area', 'quadrature', 'annotation']
# ///
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Polygon
from scipy import integrate


def f(x):
    return x**2 * np.exp(-x)


a, b = 1, 3
x = np.linspace(0, 8, 200)
area, _ = integrate.quad(f, a, b)

fig, ax = plt.subplots(figsize=(5, 3.5))
ax.plot(x, f(x), color="black")
x_region = np.linspace(a, b, 100)
# close the outline on the x axis at both ends of the interval
outline = [(a, 0), *zip(x_region, f(x_region), strict=True), (b, 0)]
ax.add_patch(Polygon(outline, facecolor="tab:orange", alpha=0.5, edgecolor="none"))
ax.text(0.6, 0.9, f"area = {area:.4f}", transform=ax.transAxes)
ax.set(xlabel="x", ylabel="f(x)", title="Area under x^2 exp(-x) on [1, 3]")
