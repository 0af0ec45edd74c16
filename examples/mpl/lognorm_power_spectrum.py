# /// example
# task = """
# Compute the centred 2-D power spectrum `power` of `image` (`fftshift` of |FFT|²) and display it \
# with `imshow` using a logarithmic colour scale (`LogNorm` from the smallest positive power to \
# the maximum), the "inferno" colormap and a colorbar labelled "power"; keep the AxesImage in \
# `im`, label the axes and title. Keep the figure in `fig`."""
# prompt = """
# Compute the centred 2-D power spectrum `power` of `image` (|FFT|² with zero frequency shifted \
# to the middle) and display it with a logarithmic colour scale (LogNorm from the smallest \
# positive power up to the maximum), the "inferno" colormap and a colorbar labelled "power". Keep \
# the image in `im`, label the axes, add a title, and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { image = 'image' }
# checks = [
#     'power.shape == image.shape',
#     "type(im.norm).__name__ == 'LogNorm'",
#     'np.isclose(im.norm.vmax, power.max())',
#     'figure_summary(fig).has_colorbar',
#     "figure_summary(fig).colorbar_labels == ['power']",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
#     'np.isclose(im.norm.vmin, power[power > 0].min())',
#     "im.get_cmap().name == 'inferno'",
#     "figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'advanced'
# tags = ['image-plot', 'log-scale', 'colormap', 'fourier-transform', 'colorbar']
# [edge_cases]
# constant = false
# why = 'a logarithmic colour scale needs a spread of positive powers: a constant image has power at zero frequency only (none at all when it is zero)'
# ///
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import LogNorm

power = np.abs(np.fft.fftshift(np.fft.fft2(image))) ** 2

fig, ax = plt.subplots()
# power spans many decades: a linear scale would show only the central peak
im = ax.imshow(power, norm=LogNorm(vmin=power[power > 0].min(), vmax=power.max()), cmap="inferno")
ax.set_xlabel("kx (bin)")
ax.set_ylabel("ky (bin)")
ax.set_title("2-D power spectrum")
fig.colorbar(im, ax=ax, label="power")
