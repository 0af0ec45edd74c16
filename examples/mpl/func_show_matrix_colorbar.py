# /// example
# task = '''
# Write a function `show_matrix` with the signature and docstring below, then show the grayscale
# `image` with it on a new Axes, colormap "gray" and colorbar label "intensity"; keep the figure
# in `fig` and add a title.
#
# ```python
# def show_matrix(data, ax, cmap="viridis", label=""):
#     """Show the 2-D array `data` as an image on `ax` with the colormap `cmap`,
#     row 0 at the top, and add a colorbar beside `ax` labelled `label`.
#
#     Missing cells (NaN) stay blank; the colour scale spans the smallest to
#     the largest finite value. Returns the image.
#     """
# ```'''
# prompt = """
# I keep writing the same imshow + colorbar lines, so please wrap them in \
# `show_matrix(data, ax, cmap="viridis", label="")`: show a 2-D array on `ax` as an image with row \
# 0 at the top, using colormap `cmap`, and put a colorbar labelled `label` next to that Axes. NaN \
# cells should stay blank and the colour range should go from the smallest to the largest finite \
# value. Return the image. Then use it on my `image` with the "gray" colormap and the colorbar \
# label "intensity", in a figure `fig` with a title."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { image = 'image' }
# checks = [
#     '(lambda ax: (show_matrix(np.array([[1.0, 5.0, 2.0], [0.5, 3.0, 4.0]]), ax, label="counts"), (lambda s: np.array_equal(s.axes[0].image_arrays[0], [[1.0, 5.0, 2.0], [0.5, 3.0, 4.0]]) and s.colorbar_labels == ["counts"] and np.allclose(s.axes[0].color_limits, [(0.5, 5.0)]) and s.axes[0].ylim[0] > s.axes[0].ylim[1])(figure_summary(ax.figure)))[1])(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: (show_matrix(np.array([[np.nan, -2.0], [6.0, 1.0], [0.0, np.nan]]), ax, cmap="magma", label="depth"), (lambda s: np.array_equal(s.axes[0].image_arrays[0], [[np.nan, -2.0], [6.0, 1.0], [0.0, np.nan]], equal_nan=True) and s.colorbar_labels == ["depth"] and np.allclose(s.axes[0].color_limits, [(-2.0, 6.0)]) and ax.images[0].get_cmap().name == "magma")(figure_summary(ax.figure)))[1])(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: show_matrix(np.arange(6).reshape(3, 2), ax) is ax.images[0] and ax.images[0].get_cmap().name == "viridis" and figure_summary(ax.figure).colorbar_labels == [""])(matplotlib.pyplot.subplots()[1])',
#     'np.array_equal(figure_summary(fig).axes[0].image_arrays[0], image, equal_nan=True)',
#     'figure_summary(fig).colorbar_labels == ["intensity"]',
#     # a constant image has no range: Matplotlib widens its limits
#     '(lambda v: np.ptp(v) == 0 or np.allclose(figure_summary(fig).axes[0].color_limits, [(v.min(), v.max())]))(image[np.isfinite(image)])',
#     'fig.axes[0].images[0].get_cmap().name == "gray" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'image-plot', 'colorbar']
# edge_cases = true
# ///
import matplotlib.pyplot as plt


def show_matrix(data, ax, cmap="viridis", label=""):
    """Show the 2-D array `data` as an image on `ax` with the colormap `cmap`,
    row 0 at the top, and add a colorbar beside `ax` labelled `label`.

    Missing cells (NaN) stay blank; the colour scale spans the smallest to
    the largest finite value. Returns the image.
    """
    image = ax.imshow(data, cmap=cmap)
    # ax.figure is the figure that holds ax, whichever figure is current
    ax.figure.colorbar(image, ax=ax, label=label)
    return image


fig, ax = plt.subplots()
show_matrix(image, ax, cmap="gray", label="intensity")
ax.set_title("Grayscale image")
