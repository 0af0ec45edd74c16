import numpy as np
import scipy.signal

slope = (absorbance[:, -1] - absorbance[:, 0]) / (wavelength[-1] - wavelength[0])
line = absorbance[:, [0]] + slope[:, None] * (wavelength - wavelength[0])[None, :]
corrected = absorbance - line
avg = np.mean(corrected, axis=0)
idx, props = scipy.signal.find_peaks(avg, prominence=0.1 * (avg.max() - avg.min()))
peak_wavelengths = np.sort(wavelength[idx])
