# /// example
# task = """
# `absorbance` holds the absorbance spectra of calibration standards (one row per sample) at the \
# wavelengths `wavelength` (nm), and `concentration` their known concentrations. Pick the \
# analytical wavelength as the one where the mean spectrum is highest, store it in \
# `peak_wavelength`, and fit the calibration line absorbance = intercept + slope x concentration \
# at that wavelength with `scipy.stats.linregress`, kept in `fit`, with its coefficient of \
# determination in `r_squared`. When all standards have the same concentration no line can be \
# fitted: set `fit` to None and `r_squared` to NaN."""
# prompt = """
# I measured spectra of standards: rows of `absorbance` at `wavelength` (nm), with known \
# `concentration`s. For a Beer-Lambert calibration, take the wavelength where the average \
# spectrum peaks (`peak_wavelength`), regress the absorbance at that wavelength on concentration \
# with scipy's linregress (`fit`), and give me the R squared as `r_squared`. If every standard \
# has the same concentration the line is undefined, so use None for `fit` and NaN for \
# `r_squared`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { wavelength = 'spectra.wavelength', absorbance = 'spectra.absorbance', concentration = 'spectra.concentration' }
# checks = [
#     'np.isclose(peak_wavelength, wavelength[np.argmax(absorbance.mean(axis=0))])',
#     # least squares and R squared from NumPy at the column of the highest mean absorbance
#     "(lambda y: (fit is None and np.isnan(r_squared)) if np.unique(concentration).size < 2 else (np.allclose([fit.slope, fit.intercept], np.polyfit(concentration, y, 1), rtol=1e-6, atol=1e-9) and np.isclose(r_squared, np.corrcoef(concentration, y)[0, 1] ** 2 if np.ptp(y) > 0 else 0.0, atol=1e-9)))(absorbance[:, np.argmax(absorbance.mean(axis=0))])",
# ]
# difficulty = 'basic'
# tags = ['regression', 'applied-science']
# edge_cases = true
# ///
import numpy as np
from scipy import stats

peak_index = np.argmax(absorbance.mean(axis=0))
peak_wavelength = wavelength[peak_index]
peak_absorbance = absorbance[:, peak_index]

if np.unique(concentration).size < 2:
    fit = None
    r_squared = np.nan
else:
    fit = stats.linregress(concentration, peak_absorbance)
    # rvalue is Pearson's r of the two variables; its square is the fraction of variance explained
    r_squared = fit.rvalue**2
