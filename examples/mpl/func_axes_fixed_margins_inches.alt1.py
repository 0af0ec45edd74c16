from matplotlib import pyplot as plt


def axes_with_margins(width=6.0, height=4.0, left=1.0, right=0.3, bottom=0.8, top=0.4):
    """Return (fig, ax): a new figure of `width` x `height` inches holding a
    single Axes placed with `fig.add_axes` so that its distances to the
    figure's left, right, bottom and top edges are `left`, `right`,
    `bottom` and `top` inches.

    Raises ValueError when the margins leave no room for the Axes
    (left + right >= width or bottom + top >= height).
    """
    axes_width = width - left - right
    axes_height = height - bottom - top
    if axes_width <= 0:
        raise ValueError(
            f"left + right = {left + right} in does not fit in a {width} in wide figure"
        )
    if axes_height <= 0:
        raise ValueError(
            f"bottom + top = {bottom + top} in does not fit in a {height} in high figure"
        )
    figure = plt.figure(figsize=(width, height))
    axes = figure.add_axes(
        (left / width, bottom / height, axes_width / width, axes_height / height)
    )
    return figure, axes


fig, ax = axes_with_margins()
ax.scatter(x, y, s=12)
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title("Measured points")

try:
    axes_with_margins(width=2.0, left=1.0, right=1.0)
except ValueError as exc:
    no_room_error = str(exc)

try:
    axes_with_margins(height=2.0, bottom=1.0, top=1.0)
except ValueError as exc:
    no_height_error = str(exc)
