import numpy as np
import scipy.signal as sps

keep = ~np.isnan(signal)
y = signal[keep]
y = y - np.mean(y)
freqs = np.linspace(0.5, 150.0, 300)
omega = 2 * np.pi * freqs
power = sps.lombscargle(t[keep], y, omega, normalize=True)
peak_freq = freqs[power.argmax()]
