import matplotlib.pyplot as plt
import numpy as np
import scipy.signal as sps

x = signal - signal.mean()
hann = sps.get_window("hann", x.size)
coherent_gain = hann.mean()  # a windowed sine of amplitude A peaks at A * N * gain / 2

freqs = np.fft.rfftfreq(x.size, d=1.0 / fs)
amplitude = 2.0 * np.abs(np.fft.rfft(x * hann)) / (x.size * coherent_gain)

fig, ax = plt.subplots(figsize=(7, 4))
ax.semilogy(freqs, amplitude, linewidth=0.8)
ax.set_xlabel("Frequency (Hz)")
ax.set_ylabel("Amplitude")
ax.set_title("Amplitude spectrum")
