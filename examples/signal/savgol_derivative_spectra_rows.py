# /// example
# task = """
# `absorbance` holds one spectrum per row, sampled every 2 nm along the wavelengths \
# `wavelength`. Compute the first derivative of every spectrum with respect to wavelength (in \
# absorbance units per nm) with a Savitzky-Golay filter of window 7 and polynomial order 2, \
# along the wavelength axis, and store it in `d_absorbance` (same shape as `absorbance`)."""
# prompt = """
# For my chemometrics model I need first-derivative spectra: `absorbance` has one spectrum per \
# row over `wavelength` (2 nm spacing). Use a Savitzky-Golay derivative (window 7, quadratic) on \
# each row and give the slope per nm, same shape as the input, in `d_absorbance`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { absorbance = 'spectra.absorbance', wavelength = 'spectra.wavelength' }
# checks = [
#     'np.shape(d_absorbance) == np.shape(absorbance)',
#     'np.allclose(d_absorbance, scipy.signal.savgol_filter(absorbance, 7, 2, deriv=1, delta=wavelength[1] - wavelength[0], axis=-1), rtol=1e-9, atol=1e-12 * (1 + np.abs(absorbance).max()))',
#     # in the interior the derivative is the local least-squares slope of 7 points
#     'np.allclose(d_absorbance[:, 3:-3], np.stack([np.polyfit(wavelength[i - 3 : i + 4], absorbance[:, i - 3 : i + 4].T, 1)[0] for i in range(3, len(wavelength) - 3)], axis=1), rtol=1e-6, atol=1e-9 * (1 + np.abs(absorbance).max()))',
# ]
# difficulty = 'intermediate'
# tags = ['smoothing', 'derivatives', 'applied-science']
# edge_cases = true
# ///
from scipy import signal

step_nm = wavelength[1] - wavelength[0]
# delta converts the per-sample derivative into per-nm; axis=-1 runs along each spectrum
d_absorbance = signal.savgol_filter(
    absorbance, window_length=7, polyorder=2, deriv=1, delta=step_nm, axis=-1
)
