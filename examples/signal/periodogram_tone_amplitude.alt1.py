import numpy as np
from scipy.signal import periodogram

# "spectrum" scaling gives the power of each line: a sine of amplitude A reads A**2 / 2
freqs, power = periodogram(signal, fs=fs, window="flattop", scaling="spectrum")
amplitude = np.sqrt(2.0 * power)

strongest = int(np.argmax(amplitude))
peak_freq = freqs[strongest]
peak_amplitude = amplitude[strongest]
