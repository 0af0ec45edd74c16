# /// example
# task = """
# `absorbance` holds one spectrum per row, measured at the increasing, evenly spaced \
# wavelengths `wavelength` (nm). For every spectrum integrate the absorbance over the band \
# from 450 to 550 nm inclusive (only the samples whose wavelength lies in that range) with \
# Simpson's rule, and store the band areas in `band_areas` (one per spectrum). When fewer than \
# two wavelengths fall in the band, store zeros."""
# prompt = """
# For each of my spectra (rows of `absorbance`, columns at `wavelength` in nm) I need the area \
# under the curve between 450 and 550 nm, ends included, using Simpson's rule on the samples \
# inside that window. Put one area per spectrum in `band_areas`; if the window holds fewer than \
# two samples, just give zeros."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = { absorbance = 'spectra.absorbance', wavelength = 'spectra.wavelength' }
# checks = [
#     'np.shape(band_areas) == (len(absorbance),)',
#     'np.allclose(band_areas, [scipy.integrate.simpson(row[(wavelength >= 450) & (wavelength <= 550)], x=wavelength[(wavelength >= 450) & (wavelength <= 550)]) for row in absorbance]) if ((wavelength >= 450) & (wavelength <= 550)).sum() >= 2 else np.allclose(band_areas, 0.0)',
# ]
# difficulty = 'basic'
# tags = ['quadrature', 'sampled-data', 'row-selection']
# edge_cases = true
# ///
import numpy as np
from scipy.integrate import simpson

in_band = (wavelength >= 450) & (wavelength <= 550)
if in_band.sum() < 2:
    band_areas = np.zeros(len(absorbance))
else:
    # axis=-1 integrates each spectrum along its wavelength samples
    band_areas = simpson(absorbance[:, in_band], x=wavelength[in_band], axis=-1)
