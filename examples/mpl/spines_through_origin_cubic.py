# /// example
# task = """
# Plot the cubic `y = x**3 - 3*x` on 200 points `x` from -2.5 to 2.5 in the style of a textbook \
# graph: the left and bottom spines move to pass through the origin (spine position "zero", i.e. data coordinate 0), the \
# top and right spines are hidden. Keep the figure in `fig` and its Axes in `ax`, add the title \
# "y = x^3 - 3x"."""
# prompt = """
# Draw y = x^3 - 3x for `x` on 200 points between -2.5 and 2.5 like a school textbook plot, with \
# the axis lines crossing at the origin (0, 0), spine position "zero", instead of sitting on the frame's edges, and no \
# top or right frame line. Title "y = x^3 - 3x"; keep `fig` and `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(x, np.linspace(-2.5, 2.5, 200)) and np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([x, x**3 - 3 * x]))',
#     # "zero" and ("data", 0) both put the spine at the origin
#     'all(ax.spines[side].get_position() in ("zero", ("data", 0), ("data", 0.0)) for side in ("left", "bottom"))',
#     'not ax.spines["top"].get_visible() and not ax.spines["right"].get_visible() and ax.spines["left"].get_visible()',
#     'figure_summary(fig).axes[0].title == "y = x^3 - 3x"',
# ]
# difficulty = 'basic'
# tags = ['line-plot', 'styling']
# ///
import matplotlib.pyplot as plt
import numpy as np

x = np.linspace(-2.5, 2.5, 200)

fig, ax = plt.subplots(figsize=(5, 4))
ax.plot(x, x**3 - 3 * x)
# "zero" places a spine at data coordinate 0 of the other axis
ax.spines[["left", "bottom"]].set_position("zero")
ax.spines[["top", "right"]].set_visible(False)
ax.set_title("y = x^3 - 3x")
