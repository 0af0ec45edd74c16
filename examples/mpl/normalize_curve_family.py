# /// example
# task = """
# Plot Planck's black-body spectral radiance for seven temperatures from 3000 K to 6000 K \
# (`temperatures`) against wavelength (0.2-3 µm) as one line per temperature, coloured from the \
# "plasma" colormap through a `Normalize` over the temperature range, with a colorbar from a \
# `ScalarMappable` labelled "temperature (K)" instead of a legend; label the axes and title. Keep \
# the figure in `fig` and its Axes in `ax`."""
# prompt = """
# Plot Planck's black-body spectral radiance against wavelength (0.2-3 µm) for seven temperatures \
# from 3000 K to 6000 K in increasing order (`temperatures`), one line per temperature with a \
# distinct colour from the "plasma" colormap normalised over the temperature range. Instead of a \
# legend, add a colorbar built from a ScalarMappable and labelled "temperature (K)"; label the \
# axes, add a title, and keep the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     'figure_summary(fig).axes[0].n_lines == len(temperatures) == 7',
#     'figure_summary(fig).has_colorbar',
#     'len({l.get_color() for l in ax.lines}) == 7',
#     'np.argmax(ax.lines[-1].get_ydata()) < np.argmax(ax.lines[0].get_ydata())',
#     # each line has the shape of Planck's law at one of the temperatures over 0.2-3 µm
#     'all(any(np.allclose(xy[:, 1] / xy[:, 1].max(), planck / planck.max(), rtol=1e-2) for temperature in temperatures for planck in [1 / (xy[:, 0] * 1e-6) ** 5 / np.expm1(scipy.constants.h * scipy.constants.c / (xy[:, 0] * 1e-6 * scipy.constants.k * temperature))]) and np.isclose(xy[:, 0].min(), 0.2) and np.isclose(xy[:, 0].max(), 3) for xy in figure_summary(fig).axes[0].lines_xy)',
#     # the colorbar spans the temperature range through the Normalize, not the default 0-1
#     'np.allclose(figure_summary(fig).colorbar_ranges, [(temperatures.min(), temperatures.max())])',
#     "figure_summary(fig).colorbar_labels == ['temperature (K)']",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'advanced'
# tags = ['colormap', 'colorbar']
# ///
import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import Normalize

h, c, k = 6.626e-34, 2.998e8, 1.381e-23
wavelength = np.linspace(0.2e-6, 3e-6, 300)
temperatures = np.linspace(3000, 6000, 7)

cmap = mpl.colormaps["plasma"]
norm = Normalize(vmin=temperatures.min(), vmax=temperatures.max())
fig, ax = plt.subplots()
for temperature in temperatures:
    radiance = 2 * h * c**2 / wavelength**5 / np.expm1(h * c / (wavelength * k * temperature))
    ax.plot(wavelength * 1e6, radiance, color=cmap(norm(temperature)))
ax.set_xlabel("wavelength (µm)")
ax.set_ylabel("spectral radiance (W sr⁻¹ m⁻³)")
ax.set_title("Black-body spectra")
# one colorbar reads better than a seven-entry legend for a continuous parameter
fig.colorbar(mpl.cm.ScalarMappable(norm=norm, cmap=cmap), ax=ax, label="temperature (K)")
