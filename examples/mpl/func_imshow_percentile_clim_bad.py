# /// example
# task = '''
# Write a function `show_robust` with the signature and docstring below, then use it to show
# `image` on the Axes `ax` of the figure `fig` with the default percentiles and a title; keep the
# returned image in `shown`. Also store in `empty_error` the message of the ValueError raised by
# `show_robust(ax, np.full((2, 2), np.nan))`.
#
# ```python
# def show_robust(ax, image, percentiles=(2, 98), cmap="viridis", bad_color="0.6"):
#     """Show the 2-D array `image` on `ax` with imshow and return the AxesImage.
#
#     The colour limits are the given lower and upper percentiles of the
#     finite values (NaN ignored); NaN pixels are drawn in `bad_color`; a
#     colorbar with arrows at both ends (extend="both") marks that values
#     beyond the limits are clipped. The colormap registered under `cmap` is
#     not modified.
#
#     Raises ValueError if `image` has no finite value.
#     """
# ```'''
# prompt = """
# Outliers and dead (NaN) pixels wreck my image colour scales. Please write `show_robust(ax, image, \
# percentiles=(2, 98), cmap="viridis", bad_color="0.6")`: imshow the 2-D array on `ax` with colour \
# limits at those percentiles of the finite values (ignore NaN), NaN pixels painted `bad_color`, \
# a colorbar with `extend="both"`, without modifying the registered colormap, returning the \
# AxesImage; raise `ValueError` if there is no finite value at all. Show my `image` with it on \
# `ax` in `fig` with a title, keep the result in `shown`, and keep the message raised for an \
# all-NaN `np.full((2, 2), np.nan)` in `empty_error`."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { image = 'image' }
# checks = [
#     '(lambda a: (lambda im: np.allclose(im.get_clim(), np.percentile(np.arange(100.0), [2, 98])) and np.allclose(im.get_array(), a) and im.colorbar is not None and im.colorbar.extend == "both" and np.allclose(im.get_cmap().get_bad(), matplotlib.colors.to_rgba("0.6")))(show_robust(matplotlib.pyplot.subplots()[1], a)))(np.arange(100.0).reshape(10, 10))',
#     # NaN pixels are left out of the percentiles and painted in the bad colour
#     '(lambda a: (lambda im: np.allclose(im.get_clim(), np.percentile([1.0, 2.0, 3.0, 4.0, 100.0], [10, 90])) and np.ma.getmaskarray(im.get_array())[0, 0] and np.allclose(im.get_cmap().get_bad(), matplotlib.colors.to_rgba("magenta")) and im.get_cmap().name.startswith("gray"))(show_robust(matplotlib.pyplot.subplots()[1], a, percentiles=(10, 90), cmap="gray", bad_color="magenta")))(np.array([[np.nan, 1.0, 2.0], [3.0, 4.0, 100.0]]))',
#     '(lambda im: np.allclose(im.get_clim(), (0.0, 30.0)) and im.get_cmap().name.startswith("magma") and np.allclose(im.get_cmap().get_bad(), matplotlib.colors.to_rgba("0.6")))(show_robust(matplotlib.pyplot.subplots()[1], [[0.0, 10.0], [20.0, 30.0]], percentiles=(0, 100), cmap="magma"))',
#     'np.allclose(matplotlib.colormaps["viridis"].get_bad(), (0.0, 0.0, 0.0, 0.0)) and np.allclose(matplotlib.colormaps["gray"].get_bad(), (0.0, 0.0, 0.0, 0.0))',
#     'isinstance(empty_error, str) and empty_error != ""',
#     'np.allclose(figure_summary(fig).axes[0].image_arrays[0], image, equal_nan=True) and figure_summary(fig).n_colorbars == 1 and figure_summary(fig).axes[0].title != ""',
#     'shown is fig.axes[0].images[0]',
#     # a constant image has equal percentiles, which Matplotlib widens around the value
#     '(lambda lim, p: np.allclose(lim, p) if p[1] > p[0] else lim[0] <= p[0] <= lim[1])(figure_summary(fig).axes[0].color_limits[0], np.nanpercentile(image, [2, 98]))',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'image-plot', 'colormap', 'colorbar', 'missing-data', 'outliers', 'validation']
# edge_cases = true
# ///
import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np


def show_robust(ax, image, percentiles=(2, 98), cmap="viridis", bad_color="0.6"):
    """Show the 2-D array `image` on `ax` with imshow and return the AxesImage.

    The colour limits are the given lower and upper percentiles of the
    finite values (NaN ignored); NaN pixels are drawn in `bad_color`; a
    colorbar with arrows at both ends (extend="both") marks that values
    beyond the limits are clipped. The colormap registered under `cmap` is
    not modified.

    Raises ValueError if `image` has no finite value.
    """
    image = np.asarray(image, dtype=float)
    finite = image[np.isfinite(image)]
    if finite.size == 0:
        raise ValueError("image has no finite values to scale the colours")
    vmin, vmax = np.percentile(finite, percentiles)
    # with_extremes returns a copy, so the registered colormap keeps its own bad colour
    colormap = mpl.colormaps[cmap].with_extremes(bad=bad_color)
    shown = ax.imshow(image, cmap=colormap, vmin=vmin, vmax=vmax)
    ax.figure.colorbar(shown, ax=ax, extend="both")
    return shown


fig, ax = plt.subplots()
shown = show_robust(ax, image)
ax.set_title("Image, 2nd-98th percentile scale")

try:
    show_robust(ax, np.full((2, 2), np.nan))
except ValueError as error:
    empty_error = str(error)
