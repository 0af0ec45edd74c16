# /// example
# task = """
# `absorbance` holds one absorbance spectrum per row, measured at the wavelengths `wavelength` \
# (nm, one per column). This code should integrate each spectrum over wavelength by the \
# trapezoidal rule and store the band areas in `areas` (one per spectrum), but it raises an error:
#
# ```python
# from scipy.integrate import trapezoid
#
# areas = trapezoid(wavelength, absorbance, axis=1)
# ```
#
# ```text
# IndexError: list assignment index out of range
# ```
#
# Fix it."""
# prompt = """
# I want the integrated absorbance of each of my spectra (rows of `absorbance`, wavelengths in \
# `wavelength`), as `areas`:
#
# ```python
# from scipy.integrate import trapezoid
#
# areas = trapezoid(wavelength, absorbance, axis=1)
# ```
#
# fails with
#
# ```text
# IndexError: list assignment index out of range
# ```
#
# What's wrong with the call?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = { absorbance = 'spectra.absorbance', wavelength = 'spectra.wavelength' }
# checks = [
#     'areas.shape == (absorbance.shape[0],)',
#     # the trapezoid sum written out: mean of neighbouring values times the wavelength step
#     'np.allclose(areas, ((absorbance[:, 1:] + absorbance[:, :-1]) / 2 * np.diff(wavelength)).sum(axis=1), equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'quadrature', 'sampled-data']
# edge_cases = true
# ///
from scipy.integrate import trapezoid

# the values to integrate come first, the sample points second (as x=)
areas = trapezoid(absorbance, x=wavelength, axis=1)
