# /// example
# task = """
# Plot the first spectrum of `absorbance` (row 0) against `wavelength` in nm on `fig, ax` and \
# add a secondary x axis `ax_top` at the top (`secondary_xaxis`) that shows the same positions \
# as wavenumbers in cm^-1 (`1e7 / wavelength`, its own inverse), labelled \
# "wavenumber (cm$^{-1}$)". Label the bottom axis "wavelength (nm)" and the y axis \
# "absorbance"."""
# prompt = """
# I plot spectrum 0 of my `absorbance` array over `wavelength` (nm) on `fig, ax`, and some \
# colleagues think in wavenumbers: please add a top x axis `ax_top` (secondary_xaxis) reading \
# the same points in cm^-1, i.e. `1e7 / wavelength`, labelled "wavenumber (cm$^{-1}$)", with \
# "wavelength (nm)" on the bottom and "absorbance" on y."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { wavelength = 'spectra.wavelength', absorbance = 'spectra.absorbance' }
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([wavelength, absorbance[0]]), equal_nan=True)',
#     # the top axis limits are the bottom limits converted to wavenumbers
#     '(fig.canvas.draw(), np.allclose(sorted(ax_top.get_xlim()), sorted(1e7 / np.array(ax.get_xlim()))))[-1]',
#     'ax_top.get_xlabel() == "wavenumber (cm$^{-1}$)" and ax_top.xaxis.get_label_position() == "top"',
#     'ax.get_xlabel() == "wavelength (nm)" and ax.get_ylabel() == "absorbance"',
# ]
# difficulty = 'intermediate'
# tags = ['twin-axes', 'spectral-analysis', 'applied-science']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np


def nm_to_wavenumber(nm):
    # 1e7 / lambda (nm -> cm^-1) is its own inverse; matplotlib also probes 0, send it to inf
    nm = np.asarray(nm, dtype=float)
    near_zero = np.isclose(nm, 0)
    return np.divide(1e7, nm, out=np.full_like(nm, np.inf), where=~near_zero)


fig, ax = plt.subplots(figsize=(6, 3.5))
ax.plot(wavelength, absorbance[0])
ax.set(xlabel="wavelength (nm)", ylabel="absorbance", title="Spectrum 0")
ax_top = ax.secondary_xaxis("top", functions=(nm_to_wavenumber, nm_to_wavenumber))
ax_top.set_xlabel("wavenumber (cm$^{-1}$)")
