import matplotlib.pyplot as plt
import numpy as np
from scipy.signal import get_window

n = len(signal)
window = get_window("hann", n)
spectrum = np.fft.rfft((signal - np.mean(signal)) * window)
freqs = np.fft.rfftfreq(n, d=1 / fs)

# coherent gain sum(window) / n; one-sided: double every bin except DC (and Nyquist for even n)
amplitude = np.abs(spectrum) / window.sum()
amplitude[1 : (n + 1) // 2] *= 2

fig, ax = plt.subplots()
ax.plot(freqs, amplitude)
ax.set_yscale("log")
ax.set_xlabel("Frequency (Hz)")
ax.set_ylabel("Amplitude")
ax.set_title("One-sided amplitude spectrum (Hann window)")
