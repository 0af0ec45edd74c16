import matplotlib.pyplot as plt
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg


def figure_to_array(fig, dpi=100):
    """Render `fig` with the Agg renderer at `dpi` dots per inch and return
    its pixels as a (height, width, 4) uint8 RGBA array, height and width
    being the figure size in inches times `dpi`, rounded.

    The figure itself is left as it was: its own dpi and its canvas are
    the same objects and values after the call.
    """
    original_canvas, original_dpi = fig.canvas, fig.dpi
    try:
        fig.set_dpi(dpi)
        agg = FigureCanvasAgg(fig)
        agg.draw()
        rgba = np.array(agg.buffer_rgba(), dtype=np.uint8)
    finally:
        fig.set_dpi(original_dpi)
        fig.set_canvas(original_canvas)
    return rgba


fig, ax = plt.subplots(figsize=(5, 2.5))
ax.plot(weather.index, weather["temperature"], lw=1)
ax.set_xlabel("date")
ax.set_ylabel("deg C")
ax.set_title("Temperature")
pixels = figure_to_array(fig, dpi=40)
