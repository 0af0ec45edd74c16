# /// example
# task = '''
# Write a function `plot_with_zoom` with the signature and docstring below, then plot the curve
# `x`, `y` with it, zooming into the x range from 1.5 below to 1.5 above the x of the highest `y`;
# keep the figure in `fig`, the returned inset in `inset`, label the axes and add a title.
#
# ```python
# def plot_with_zoom(x, y, ax, x_range, bounds=(0.6, 0.6, 0.35, 0.35)):
#     """Plot y against x as a line on `ax` and add an inset Axes inside it at
#     `bounds` (left, bottom, width, height as fractions of `ax`) that shows
#     the same curve zoomed to `x_range` = (low, high): the inset's x limits
#     are exactly `x_range` and its y limits enclose every point with x in
#     that range. Mark the zoomed region on `ax` with `indicate_inset_zoom`
#     and return the inset Axes.
#     """
# ```'''
# prompt = """
# I often need a zoomed inset on a line plot, so please write `plot_with_zoom(x, y, ax, x_range, \
# bounds=(0.6, 0.6, 0.35, 0.35))`: plot `y` over `x` as a line on `ax`, add an inset Axes inside \
# `ax` at `bounds` (fractions of the axes: left, bottom, width, height) showing the same curve with \
# x limits exactly `x_range` and y limits that take in every point inside that range, mark the \
# zoomed region on the main Axes with `indicate_inset_zoom`, and return the inset. Then use it on \
# my curve `x`, `y`, zooming from 1.5 below to 1.5 above the x where `y` peaks; keep `fig`, the \
# inset as `inset`, and add axis labels and a title."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { x = 'peak.x', y = 'peak.y' }
# checks = [
#     # the inset shows the points inside the range and its y limits take them all in
#     '(lambda ax: (lambda ins: ins in ax.child_axes and np.allclose(ins.get_xlim(), (1.0, 3.0)) and ins.get_ylim()[0] <= 1.0 and ins.get_ylim()[1] >= 9.0 and np.allclose((lambda xy: xy[(xy[:, 0] >= 1.0) & (xy[:, 0] <= 3.0)])(axes_summary(ins).lines_xy[0]), [[1, 4.0], [2, 9.0], [3, 1.0]]) and np.allclose(axes_summary(ax).lines_xy[0][:, 1], [0.0, 4.0, 9.0, 1.0, 30.0]) and len(ax.patches) + len(ax.artists) > 0)(plot_with_zoom(np.arange(5.0), np.array([0.0, 4.0, 9.0, 1.0, 30.0]), ax, (1.0, 3.0))))(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: (lambda ins: np.allclose(ins.get_xlim(), (-0.5, 0.25)) and ins.get_ylim()[0] <= -2.0 and ins.get_ylim()[1] >= 0.5 and ins.get_ylim()[1] < 50.0)(plot_with_zoom(np.array([-1.0, -0.5, 0.0, 0.25, 1.0]), np.array([100.0, 0.5, -2.0, 0.0, -100.0]), ax, (-0.5, 0.25), bounds=(0.1, 0.1, 0.3, 0.3))))(matplotlib.pyplot.subplots()[1])',
#     # the inset sits at the requested fraction of the main Axes
#     '(lambda ax: (lambda ins: (ax.figure.draw_without_rendering(), np.allclose(ins.get_position().bounds, (lambda p: (p.x0 + 0.2 * p.width, p.y0 + 0.5 * p.height, 0.25 * p.width, 0.4 * p.height))(ax.get_position())))[1])(plot_with_zoom(np.linspace(0, 1, 11), np.linspace(0, 1, 11) ** 2, ax, (0.2, 0.6), bounds=(0.2, 0.5, 0.25, 0.4))))(matplotlib.pyplot.subplots()[1])',
#     'inset in fig.axes[0].child_axes and np.allclose(inset.get_xlim(), (x[np.nanargmax(y)] - 1.5, x[np.nanargmax(y)] + 1.5))',
#     '(lambda inside: inset.get_ylim()[0] <= np.nanmin(y[inside]) and inset.get_ylim()[1] >= np.nanmax(y[inside]))((x >= x[np.nanargmax(y)] - 1.5) & (x <= x[np.nanargmax(y)] + 1.5))',
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([x, y]), equal_nan=True)',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'subplots', 'line-plot', 'annotation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np


def plot_with_zoom(x, y, ax, x_range, bounds=(0.6, 0.6, 0.35, 0.35)):
    """Plot y against x as a line on `ax` and add an inset Axes inside it at
    `bounds` (left, bottom, width, height as fractions of `ax`) that shows
    the same curve zoomed to `x_range` = (low, high): the inset's x limits
    are exactly `x_range` and its y limits enclose every point with x in
    that range. Mark the zoomed region on `ax` with `indicate_inset_zoom`
    and return the inset Axes.
    """
    x, y = np.asarray(x), np.asarray(y)
    ax.plot(x, y)
    low, high = x_range
    inside = (x >= low) & (x <= high)
    # bounds are in axes fractions, so the inset moves and scales with ax
    inset = ax.inset_axes(bounds)
    inset.plot(x[inside], y[inside])
    inset.set_xlim(low, high)
    ax.indicate_inset_zoom(inset, edgecolor="0.3")
    return inset


fig, ax = plt.subplots()
peak_x = x[np.nanargmax(y)]
inset = plot_with_zoom(x, y, ax, (peak_x - 1.5, peak_x + 1.5))
ax.set(xlabel="x", ylabel="signal", title="Peak with zoomed inset")
