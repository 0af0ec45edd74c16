# /// example
# task = """
# Convert the wavelengths of `wavelength` (nm) to wavenumbers in cm^-1 (`1e7 / wavelength`) as \
# `wavenumber` and plot the mean spectrum (the mean of `absorbance` over its rows, the samples) \
# against it, with the x axis running from high to low wavenumber as spectroscopists draw it. \
# Keep the figure in `fig` and its Axes in `ax`, x label "wavenumber (cm$^{-1}$)", a y label and \
# a title."""
# prompt = """
# My spectra are in `absorbance` (one row per sample) over `wavelength` in nm. Please plot the \
# average spectrum against wavenumber, `wavenumber = 1e7 / wavelength` in cm^-1, with the \
# wavenumber axis decreasing to the right, the usual convention for IR spectra. X label \
# "wavenumber (cm$^{-1}$)", a y label and title; keep `fig` and `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { wavelength = 'spectra.wavelength', absorbance = 'spectra.absorbance' }
# checks = [
#     'np.allclose(wavenumber, 1e7 / wavelength)',
#     # the same points in any order: sort by wavenumber before comparing
#     '(lambda xy: np.allclose(xy[np.argsort(xy[:, 0])], np.column_stack([1e7 / wavelength, absorbance.mean(axis=0)])[np.argsort(1e7 / wavelength)]))(figure_summary(fig).axes[0].lines_xy[0])',
#     'ax.get_xlim()[0] > ax.get_xlim()[1]',
#     'ax.get_xlabel() == "wavenumber (cm$^{-1}$)" and ax.get_ylabel() != "" and ax.get_title() != ""',
# ]
# difficulty = 'basic'
# tags = ['line-plot', 'applied-science', 'spectral-analysis']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

wavenumber = 1e7 / wavelength
mean_spectrum = absorbance.mean(axis=0)

fig, ax = plt.subplots(figsize=(6, 3.5))
ax.plot(wavenumber, mean_spectrum)
# high wavenumbers on the left, as in printed IR spectra
ax.invert_xaxis()
ax.set(xlabel="wavenumber (cm$^{-1}$)", ylabel="absorbance", title="Mean spectrum")
