import numpy as np
import scipy.signal as sps

window = sps.windows.flattop(len(signal), sym=False)
freqs, spectrum = sps.periodogram(signal, fs, window=window, scaling="spectrum")
# one-sided power of a sine of amplitude A is A**2 / 2
amplitude = np.sqrt(2 * spectrum)

i_peak = amplitude.argmax()
peak_freq, peak_amplitude = freqs[i_peak], amplitude[i_peak]
