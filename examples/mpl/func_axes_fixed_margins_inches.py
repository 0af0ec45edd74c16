# /// example
# task = '''
# Write a function `axes_with_margins` with the signature and docstring below, then use it with
# its defaults to plot the points `x`, `y` as a scatter with axis labels and a title; keep the
# figure in `fig` and the Axes in `ax`. Also store in `no_room_error` the message of the
# ValueError raised by `axes_with_margins(width=2.0, left=1.0, right=1.0)`, and in
# `no_height_error` that of `axes_with_margins(height=2.0, bottom=1.0, top=1.0)`.
#
# ```python
# def axes_with_margins(width=6.0, height=4.0, left=1.0, right=0.3, bottom=0.8, top=0.4):
#     """Return (fig, ax): a new figure of `width` x `height` inches holding a
#     single Axes placed with `fig.add_axes` so that its distances to the
#     figure's left, right, bottom and top edges are `left`, `right`,
#     `bottom` and `top` inches.
#
#     Raises ValueError when the margins leave no room for the Axes
#     (left + right >= width or bottom + top >= height).
#     """
# ```'''
# prompt = """
# For a report every plot must have the same margins in inches, so please write \
# `axes_with_margins(width=6.0, height=4.0, left=1.0, right=0.3, bottom=0.8, top=0.4)` returning \
# `(fig, ax)`: a new `width` x `height` inch figure with one Axes added via `fig.add_axes`, placed \
# `left`, `right`, `bottom` and `top` inches from the figure edges. It should raise `ValueError` \
# if the margins leave no room (`left + right >= width` or `bottom + top >= height`). Then make a \
# scatter of my points `x`, `y` with the defaults, with axis labels and a title, keeping `fig` and \
# `ax`, and keep the error messages of `axes_with_margins(width=2.0, left=1.0, right=1.0)` in \
# `no_room_error` and of `axes_with_margins(height=2.0, bottom=1.0, top=1.0)` in \
# `no_height_error`."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { x = 'line.x', y = 'line.y' }
# checks = [
#     # the Axes box in figure fractions: margins and sizes divided by the figure size
#     '(lambda f, a: np.allclose(f.get_size_inches(), (6.0, 4.0)) and np.allclose(a.get_position().bounds, (1.0 / 6, 0.8 / 4, 4.7 / 6, 2.8 / 4)) and f.axes == [a])(*axes_with_margins())',
#     '(lambda f, a: np.allclose(f.get_size_inches(), (3.0, 2.0)) and np.allclose(a.get_position().bounds, (0.5 / 3, 0.25 / 2, 2.0 / 3, 1.5 / 2)))(*axes_with_margins(3.0, 2.0, left=0.5, right=0.5, bottom=0.25, top=0.25))',
#     '(lambda f, a: np.allclose(a.get_position().bounds, (0.0, 0.6 / 5, 8.0 / 8, 4.0 / 5)))(*axes_with_margins(width=8.0, height=5.0, left=0.0, right=0.0, bottom=0.6))',
#     # both promised errors, each at the boundary where the margins use up the whole figure
#     'isinstance(no_room_error, str) and no_room_error != "" and isinstance(no_height_error, str) and no_height_error != ""',
#     'np.allclose(figure_summary(fig).axes[0].scatter_xy[0], np.column_stack([x, y])) and np.allclose(ax.get_position().bounds, (1.0 / 6, 0.8 / 4, 4.7 / 6, 2.8 / 4))',
#     'ax.get_xlabel() != "" and ax.get_ylabel() != "" and ax.get_title() != ""',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'subplots', 'scatter-plot', 'validation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt


def axes_with_margins(width=6.0, height=4.0, left=1.0, right=0.3, bottom=0.8, top=0.4):
    """Return (fig, ax): a new figure of `width` x `height` inches holding a
    single Axes placed with `fig.add_axes` so that its distances to the
    figure's left, right, bottom and top edges are `left`, `right`,
    `bottom` and `top` inches.

    Raises ValueError when the margins leave no room for the Axes
    (left + right >= width or bottom + top >= height).
    """
    if left + right >= width or bottom + top >= height:
        raise ValueError("the margins leave no room for the Axes")
    fig = plt.figure(figsize=(width, height))
    # add_axes takes [left, bottom, width, height] as fractions of the figure
    rect = [
        left / width,
        bottom / height,
        (width - left - right) / width,
        (height - bottom - top) / height,
    ]
    ax = fig.add_axes(rect)
    return fig, ax


fig, ax = axes_with_margins()
ax.scatter(x, y, s=12)
ax.set(xlabel="x", ylabel="y", title="Measured points")

try:
    axes_with_margins(width=2.0, left=1.0, right=1.0)
except ValueError as error:
    no_room_error = str(error)
try:
    axes_with_margins(height=2.0, bottom=1.0, top=1.0)
except ValueError as error:
    no_height_error = str(error)
