# /// example
# task = """
# Plot the curve samples (`x`, `y`) as points and annotate the maximum with an arrow pointing at \
# it from a text label placed in "axes fraction" coordinates, the label giving the peak's x and y \
# to two decimals; keep the index of the maximum in `i_max` and label the axes and title. Keep \
# the figure in `fig` and its Axes in `ax`."""
# prompt = """
# I have curve samples `x`, `y` and want them plotted as points with the maximum called out: a \
# text label placed in "axes fraction" coordinates with an arrow pointing at the peak, giving the \
# peak's x and y to two decimals (this annotation should be the only text on the axes). Store the \
# index of the maximum in `i_max`, label the axes, add a title, and keep the figure in `fig` and \
# the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { x = 'peak.x', y = 'peak.y' }
# checks = [
#     'figure_summary(fig).axes[0].n_texts == 1',
#     'ax.texts[0].xy == (x[i_max], y[i_max]) and y[i_max] == y.max()',
#     'ax.texts[0].arrow_patch is not None',
#     # the label's position is given in axes fraction, by name or as the Axes transform
#     "ax.texts[0].get_anncoords() in ('axes fraction', ax.transAxes)",
#     "f'{x[i_max]:.2f}' in ax.texts[0].get_text()",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'basic'
# tags = ['annotation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

i_max = int(np.argmax(y))

fig, ax = plt.subplots()
ax.plot(x, y, "o", markersize=3)
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title("Peak location")
ax.annotate(
    f"peak: x = {x[i_max]:.2f}, y = {y[i_max]:.2f}",
    xy=(x[i_max], y[i_max]),
    xytext=(0.55, 0.9),
    # the label sits at a fixed spot of the axes whatever the data range; the arrow tip
    # (xy) stays in data coordinates
    textcoords="axes fraction",
    arrowprops={"arrowstyle": "->", "color": "black"},
)
