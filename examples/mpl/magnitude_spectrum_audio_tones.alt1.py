import matplotlib.pyplot as plt
from matplotlib import mlab

fig, ax = plt.subplots(figsize=(8, 4))
spectrum, frequencies, line = ax.magnitude_spectrum(signal, Fs=fs, window=mlab.window_hanning)
peak_hz = frequencies[spectrum.argmax()]
ax.set_xlabel("Hz")
ax.set_ylabel("|X(f)|")
ax.set_title(f"Strongest tone: {peak_hz:.1f} Hz")
