import numpy as np

fs = 1000.0
n = 1000
t = np.arange(n) / fs
x = np.cos(2 * np.pi * 50.37 * t)
freqs = np.linspace(49, 52, 301)
# evaluate the discrete-time Fourier transform directly at the wanted frequencies
kernel = np.exp(-2j * np.pi * np.outer(freqs, t))
peak_hz = freqs[np.argmax(np.abs(kernel @ x))]
