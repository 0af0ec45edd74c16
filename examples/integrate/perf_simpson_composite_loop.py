# /// example
# task = """
# `absorbance` holds one spectrum per row, sampled at the wavelengths `wavelength` (nm). This \
# loop computes each spectrum's band area with Simpson's rule into the array `areas`:
#
# ```python
# import numpy as np
# from scipy.integrate import simpson
#
# areas = np.empty(len(absorbance))
# for i in range(len(absorbance)):
#     areas[i] = simpson(absorbance[i], x=wavelength)
# ```
#
# Replace the loop with one call that integrates every row at once, giving the same `areas`."""
# prompt = """
# I integrate each of my spectra (rows of `absorbance`, columns at the wavelengths in \
# `wavelength`) with Simpson's rule in a loop, storing the results in `areas`:
#
# ```python
# import numpy as np
# from scipy.integrate import simpson
#
# areas = np.empty(len(absorbance))
# for i in range(len(absorbance)):
#     areas[i] = simpson(absorbance[i], x=wavelength)
# ```
#
# Can I get the same `areas` without the Python loop?"""
# task_type = 'performance'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = { absorbance = 'spectra.absorbance', wavelength = 'spectra.wavelength' }
# checks = [
#     'np.shape(areas) == (len(absorbance),)',
#     'np.allclose(areas, [scipy.integrate.simpson(row, x=wavelength) for row in absorbance], rtol=1e-12)',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'quadrature', 'sampled-data']
# edge_cases = true
# ///
from scipy.integrate import simpson

# axis=-1 integrates along the wavelength axis of every spectrum in one call
areas = simpson(absorbance, x=wavelength, axis=-1)
