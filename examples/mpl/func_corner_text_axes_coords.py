# /// example
# task = '''
# Write the function `corner_text` below, then scatter `y` against `x` from the noisy straight line
# on `fig, ax`, fit a straight line with `np.polyfit` and write "slope = {slope:.3f}" in the
# upper left corner with `corner_text`.
#
# ```python
# def corner_text(ax, text, corner="upper left", pad=0.03):
#     """Write `text` inside a corner of `ax`, `pad` axes fractions from both
#     edges, whatever the data limits: corner is "upper left", "upper right",
#     "lower left" or "lower right", and the text is aligned towards that
#     corner (e.g. upper right: right-aligned, top-aligned). Return the Text.
#     Raise ValueError for any other corner.
#     """
# ```'''
# prompt = '''
# I keep putting fit results into plot corners by hand. Write `corner_text(ax, text,
# corner="upper left", pad=0.03)` that places the text `pad` (axes fraction) away from the two
# edges of the chosen corner ("upper left", "upper right", "lower left", "lower right"),
# aligned towards that corner (upper right: ha "right", va "top"), independent of the data limits, returns the Text, and raises
# ValueError for an unknown corner. Then scatter `y` vs `x` on `fig, ax`, fit a line with
# np.polyfit and show "slope = 0.123"-style text (3 decimals) in the upper left.'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { x = 'line.x', y = 'line.y' }
# checks = [
#     # position in axes fractions and alignment, for each corner
#     'all((lambda t: np.allclose(ax.transAxes.inverted().transform(t.get_transform().transform(t.get_position())), pos) and (t.get_ha(), t.get_va()) == al)(corner_text(ax, "fit", corner)) for ax in [matplotlib.pyplot.subplots()[1]] for corner, pos, al in [("upper left", (0.03, 0.97), ("left", "top")), ("lower right", (0.97, 0.03), ("right", "bottom")), ("upper right", (0.97, 0.97), ("right", "top")), ("lower left", (0.03, 0.03), ("left", "bottom"))])',
#     '(lambda ax: (ax.plot([0, 100], [-5, 5]), (lambda t: np.allclose(ax.transAxes.inverted().transform(t.get_transform().transform(t.get_position())), (0.9, 0.1)) and t.get_text() == "n = 3")(corner_text(ax, "n = 3", "lower right", pad=0.1)))[-1])(matplotlib.pyplot.subplots()[1])',
#     '__import__("unittest").TestCase().assertRaises(ValueError, corner_text, matplotlib.pyplot.subplots()[1], "x", "center") is None',
#     '(lambda t: np.allclose(t.get_position(), (0.8, 0.8)) and (t.get_ha(), t.get_va()) == ("right", "top") and t.get_text() == "R2 = 0.9")(corner_text(matplotlib.pyplot.subplots()[1], "R2 = 0.9", corner="upper right", pad=0.2))',
#     'figure_summary(fig).axes[0].texts == [f"slope = {np.polyfit(x, y, 1)[0]:.3f}"]',
#     'np.allclose(figure_summary(fig).axes[0].scatter_xy[0], np.column_stack([x, y]))',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'annotation', 'validation', 'curve-fitting']
# edge_cases = { min_size = 2, why = "a straight-line fit needs at least two points" }
# ///
import matplotlib.pyplot as plt
import numpy as np

CORNERS = {
    "upper left": (0, 1, "left", "top"),
    "upper right": (1, 1, "right", "top"),
    "lower left": (0, 0, "left", "bottom"),
    "lower right": (1, 0, "right", "bottom"),
}


def corner_text(ax, text, corner="upper left", pad=0.03):
    """Write `text` inside a corner of `ax`, `pad` axes fractions from both
    edges, whatever the data limits: corner is "upper left", "upper right",
    "lower left" or "lower right", and the text is aligned towards that
    corner (e.g. upper right: right-aligned, top-aligned). Return the Text.
    Raise ValueError for any other corner.
    """
    if corner not in CORNERS:
        raise ValueError(f"corner must be one of {list(CORNERS)}, got {corner!r}")
    x_edge, y_edge, ha, va = CORNERS[corner]
    x = pad if x_edge == 0 else 1 - pad
    y = pad if y_edge == 0 else 1 - pad
    # transAxes: (0, 0) is the lower left of the axes box, (1, 1) the upper right
    return ax.text(x, y, text, transform=ax.transAxes, ha=ha, va=va)


slope, intercept = np.polyfit(x, y, 1)
fig, ax = plt.subplots(figsize=(5, 3.5))
ax.scatter(x, y, s=10)
ax.axline((0, intercept), slope=slope, color="tab:red")
corner_text(ax, f"slope = {slope:.3f}")
ax.set(xlabel="x", ylabel="y", title="Linear fit")
