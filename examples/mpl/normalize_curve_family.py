# /// example
# task = """
# Plot Planck's black-body spectral radiance for seven temperatures from 3000 K to 6000 K \
# (`temperatures`) against wavelength (0.2-3 µm) as one line per temperature, coloured from the \
# "plasma" colormap through a `Normalize` over the temperature range, with a colorbar from a \
# `ScalarMappable` labelled "temperature (K)" instead of a legend; label the axes and title. Keep \
# the figure in `fig` and its Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     'figure_summary(fig).axes[0].n_lines == len(temperatures) == 7',
#     'figure_summary(fig).has_colorbar',
#     'len({l.get_color() for l in ax.lines}) == 7',
#     'np.argmax(ax.lines[-1].get_ydata()) < np.argmax(ax.lines[0].get_ydata())',
# ]
# difficulty = 'advanced'
# tags = ['colormap', 'normalize', 'colorbar']
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
