# /// example
# task = """
# `absorbance` holds absorbance spectra (one row per sample) measured at the wavelengths \
# `wavelength` (nm, increasing). Remove each spectrum's sloped baseline by subtracting the \
# straight line through its first and last points, into `corrected` (same shape). Average the \
# corrected spectra and find the absorption bands with `scipy.signal.find_peaks`, keeping peaks \
# whose prominence is at least 10% of the range (max - min) of that mean spectrum; store their \
# wavelengths in `peak_wavelengths` (increasing)."""
# prompt = """
# My absorbance spectra are the rows of `absorbance`, sampled at `wavelength` (nm), and each one \
# sits on a sloping baseline. Could you subtract from each spectrum the straight line joining its \
# first and last points (giving `corrected`, same shape), then average the corrected spectra and \
# locate the bands with scipy's find_peaks, requiring a prominence of at least 10% of the mean \
# spectrum's max - min range? Put the peak wavelengths in `peak_wavelengths`, in increasing \
# order."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { wavelength = 'spectra.wavelength', absorbance = 'spectra.absorbance' }
# checks = [
#     'corrected.shape == absorbance.shape',
#     # the two-point baseline by interpolation along the wavelength axis
#     'np.allclose(corrected, np.array([row - np.interp(wavelength, wavelength[[0, -1]], row[[0, -1]]) for row in absorbance]), atol=1e-12)',
#     "(lambda mean: np.allclose(peak_wavelengths, wavelength[scipy.signal.find_peaks(mean, prominence=0.1 * (mean.max() - mean.min()))[0]]))(np.mean([row - np.interp(wavelength, wavelength[[0, -1]], row[[0, -1]]) for row in absorbance], axis=0))",
#     'np.all(np.diff(peak_wavelengths) > 0)',
# ]
# difficulty = 'intermediate'
# tags = ['peak-detection', 'trend', 'applied-science']
# edge_cases = true
# ///
import numpy as np
from scipy import signal

# a line from each spectrum's first to its last point, evaluated at every wavelength
fraction = (wavelength - wavelength[0]) / (wavelength[-1] - wavelength[0])
baseline = absorbance[:, :1] + (absorbance[:, -1:] - absorbance[:, :1]) * fraction
corrected = absorbance - baseline

mean_spectrum = corrected.mean(axis=0)
peaks, _ = signal.find_peaks(mean_spectrum, prominence=0.1 * np.ptp(mean_spectrum))
peak_wavelengths = wavelength[peaks]
