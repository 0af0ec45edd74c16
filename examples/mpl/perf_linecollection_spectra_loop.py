# /// example
# task = """
# This loop draws every spectrum of `absorbance` (one row per sample) against `wavelength` on \
# `fig, ax`, coloured by its sample's `concentration` through "viridis" scaled from the lowest \
# to the highest concentration:
#
# ```python
# import matplotlib.pyplot as plt
# from matplotlib.colors import Normalize
#
# norm = Normalize(concentration.min(), concentration.max())
# cmap = plt.colormaps["viridis"]
# fig, ax = plt.subplots()
# for spectrum, conc in zip(absorbance, concentration):
#     ax.plot(wavelength, spectrum, color=cmap(norm(conc)), linewidth=0.8)
# ax.set(xlabel="wavelength (nm)", ylabel="absorbance")
# ```
#
# With hundreds of spectra it is slow. Draw the same coloured curves with a single artist."""
# prompt = """
# I plot each of my spectra (`absorbance`, rows = samples, x = `wavelength`) in its own plot \
# call, coloured by `concentration` with viridis from min to max, on `fig, ax`:
#
# ```python
# import matplotlib.pyplot as plt
# from matplotlib.colors import Normalize
#
# norm = Normalize(concentration.min(), concentration.max())
# cmap = plt.colormaps["viridis"]
# fig, ax = plt.subplots()
# for spectrum, conc in zip(absorbance, concentration):
#     ax.plot(wavelength, spectrum, color=cmap(norm(conc)), linewidth=0.8)
# ax.set(xlabel="wavelength (nm)", ylabel="absorbance")
# ```
#
# It crawls once I have hundreds of spectra. How do I draw them all as one object, same \
# colours?"""
# task_type = 'performance'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { wavelength = 'spectra.wavelength', absorbance = 'spectra.absorbance', concentration = 'spectra.concentration' }
# checks = [
#     # the curves, whether drawn as lines or as one collection
#     '(lambda curves: len(curves) == len(absorbance) and all(np.allclose(c, np.column_stack([wavelength, row]), equal_nan=True) for c, row in zip(curves, absorbance)))([ln.get_xydata() for ln in ax.lines] or [s for c in ax.collections for s in c.get_segments()])',
#     # each curve's colour: viridis of its concentration scaled min..max (all equal: the first colour)
#     '(fig.canvas.draw(), np.allclose([matplotlib.colors.to_rgba(ln.get_color()) for ln in ax.lines] or np.concatenate([c.get_colors() for c in ax.collections]), matplotlib.colormaps["viridis"](matplotlib.colors.Normalize(concentration.min(), concentration.max())(concentration)), atol=1e-3))[-1]',
#     # the same curves: the loop's 0.8-point line width
#     'np.allclose([ln.get_linewidth() for ln in ax.lines] or np.concatenate([c.get_linewidths() for c in ax.collections]), 0.8)',
#     'ax.get_xlabel() == "wavelength (nm)" and ax.get_ylabel() == "absorbance"',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization', 'line-plot', 'colormap', 'spectral-analysis']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.collections import LineCollection

# one (n_points, 2) array of (x, y) per spectrum
segments = np.stack([np.broadcast_to(wavelength, absorbance.shape), absorbance], axis=-1)
curves = LineCollection(segments, cmap="viridis", linewidths=0.8)
curves.set_array(concentration)
curves.set_clim(concentration.min(), concentration.max())

fig, ax = plt.subplots()
ax.add_collection(curves)
ax.autoscale_view()
ax.set(xlabel="wavelength (nm)", ylabel="absorbance")
