import numpy as np
from scipy import fft

n = recording.size
amplitude = 2.0 * np.abs(fft.rfft(recording)) / n
freqs = fft.rfftfreq(n, d=1.0 / fs)
amp_440 = amplitude[np.abs(freqs - 440.0).argmin()]
