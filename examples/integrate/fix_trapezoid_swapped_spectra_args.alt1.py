import numpy as np
from scipy import integrate

step = wavelength[1] - wavelength[0]
areas = np.array([integrate.trapezoid(spectrum, dx=step) for spectrum in absorbance])
