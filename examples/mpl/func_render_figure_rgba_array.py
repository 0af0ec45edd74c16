# /// example
# task = '''
# Write a function `figure_to_array` with the signature and docstring below. Then plot the
# `temperature` of `weather` (DatetimeIndex) in a 5 x 2.5 inch figure `fig` with axis labels and
# a title, and store its pixels rendered at 40 dpi in `pixels`.
#
# ```python
# def figure_to_array(fig, dpi=100):
#     """Render `fig` with the Agg renderer at `dpi` dots per inch and return
#     its pixels as a (height, width, 4) uint8 RGBA array, height and width
#     being the figure size in inches times `dpi`, rounded.
#
#     The figure itself is left as it was: its own dpi and its canvas are
#     the same objects and values after the call.
#     """
# ```'''
# prompt = """
# I need figures as pixel arrays (to feed a video encoder), so please write \
# `figure_to_array(fig, dpi=100)` that renders `fig` with Agg at `dpi` and returns an RGBA uint8 \
# array of shape (height, width, 4), the size in inches times `dpi`, without changing the \
# figure's own dpi or swapping its canvas. Then plot my daily `temperature` from `weather` in a \
# 5 x 2.5 inch figure `fig` with axis labels and a title and keep its pixels at 40 dpi in `pixels`."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { weather = 'weather' }
# checks = [
#     # a plain red figure: every pixel is opaque red, 2 x 1 inches at 30 dpi
#     '(lambda f: (lambda canvas, a: a.shape == (30, 60, 4) and a.dtype == np.uint8 and (a == [255, 0, 0, 255]).all() and f.canvas is canvas and f.dpi == 72)(f.canvas, figure_to_array(f, dpi=30)))(matplotlib.figure.Figure(figsize=(2, 1), dpi=72, facecolor="red"))',
#     '(lambda a: a.shape == (100, 150, 4) and (a == [255, 255, 255, 255]).all())(figure_to_array(matplotlib.figure.Figure(figsize=(1.5, 1), facecolor="white")))',
#     # a black Axes filling the right half of a white figure
#     '(lambda f: (f.add_axes((0.5, 0.0, 0.5, 1.0), facecolor="black").set_axis_off(), f.add_artist(matplotlib.patches.Rectangle((0.5, 0.0), 0.5, 1.0, transform=f.transFigure, color="black")), (lambda a: a.shape == (20, 40, 4) and (a[:, :18, :3] == 255).all() and (a[:, 22:, :3] == 0).all())(figure_to_array(f, dpi=20)))[-1])(matplotlib.figure.Figure(figsize=(2, 1), facecolor="white"))',
#     'pixels.shape == (round(2.5 * 40), round(5 * 40), 4) and pixels.dtype == np.uint8 and fig.dpi == matplotlib.rcParams["figure.dpi"]',
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0][:, 1], weather["temperature"], equal_nan=True) and figure_summary(fig).axes[0].title != "" and figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != ""',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'figure-export', 'time-series']
# edge_cases = true
# ///
import io

import matplotlib.pyplot as plt
import numpy as np


def figure_to_array(fig, dpi=100):
    """Render `fig` with the Agg renderer at `dpi` dots per inch and return
    its pixels as a (height, width, 4) uint8 RGBA array, height and width
    being the figure size in inches times `dpi`, rounded.

    The figure itself is left as it was: its own dpi and its canvas are
    the same objects and values after the call.
    """
    width, height = fig.get_size_inches()
    buffer = io.BytesIO()
    # format="rgba" writes the raw Agg buffer; savefig restores the figure's dpi afterwards
    fig.savefig(buffer, format="rgba", dpi=dpi)
    shape = (round(height * dpi), round(width * dpi), 4)
    return np.frombuffer(buffer.getvalue(), dtype=np.uint8).reshape(shape)


fig, ax = plt.subplots(figsize=(5, 2.5))
ax.plot(weather.index, weather["temperature"])
ax.set(xlabel="date", ylabel="temperature (deg C)", title="Daily temperature")
pixels = figure_to_array(fig, dpi=40)
