# /// example
# task = """
# Generate a 2 s linear chirp `sweep` from 50 to 800 Hz at `fs` = 2000 Hz (`chirp`), compute its \
# spectrogram (`freqs`, `times`, `Sxx`; 256-sample segments, 192 overlap) and show it in dB with \
# `pcolormesh` on `ax`, with axis labels "Time (s)" and "Frequency (Hz)", a title and a colorbar \
# labelled in dB."""
# prompt = """
# Generate a 2 s linear chirp `sweep` from 50 to 800 Hz at `fs` = 2000 Hz, compute its \
# spectrogram (`freqs`, `times`, `Sxx`) with 256-sample segments and 192 samples of overlap, and \
# show it in dB as a pcolormesh on `ax` with axis labels "Time (s)" and "Frequency (Hz)", a \
# title, and a colorbar labelled in dB."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy', 'matplotlib']
# inputs = {}
# checks = [
#     'Sxx.shape == (len(freqs), len(times))',
#     # the ridge of the spectrogram follows the sweep upwards
#     'np.all(np.diff(freqs[np.argmax(Sxx, axis=0)]) >= 0)',
#     'freqs[np.argmax(Sxx[:, 0])] < 150 and freqs[np.argmax(Sxx[:, -1])] > 700',
#     "figure_summary().has_colorbar and figure_summary().axes[0].ylabel == 'Frequency (Hz)'",
#     'np.allclose(Sxx, scipy.signal.spectrogram(sweep, fs=2000, nperseg=256, noverlap=192)[2])',
#     # the mesh shows 10 log10 of the power (up to the dB reference), where the power is not negligible
#     'np.allclose((np.ravel(figure_summary().axes[0].mesh_arrays[0]) - np.max(figure_summary().axes[0].mesh_arrays[0]))[Sxx.ravel() > 1e-9 * Sxx.max()], 10 * np.log10(Sxx.ravel()[Sxx.ravel() > 1e-9 * Sxx.max()] / Sxx.max()), atol=0.01)',
#     "any('dB' in label for label in figure_summary().colorbar_labels)",
# ]
# difficulty = 'intermediate'
# tags = ['time-frequency', 'waveform-generation']
# ///
import matplotlib.pyplot as plt
import numpy as np
from scipy import signal as sps

fs = 2000.0
t = np.arange(0, 2, 1 / fs)
# chirp reaches f1 at time t1, here the last sample, so the sweep covers the whole record
sweep = sps.chirp(t, f0=50, t1=t[-1], f1=800, method="linear")
freqs, times, Sxx = sps.spectrogram(sweep, fs=fs, nperseg=256, noverlap=192)

fig, ax = plt.subplots()
# the floor keeps log10 away from zero power, which would give -inf dB
mesh = ax.pcolormesh(times, freqs, 10 * np.log10(np.maximum(Sxx, 1e-12)), shading="nearest")
ax.set(xlabel="Time (s)", ylabel="Frequency (Hz)", title="Spectrogram of a linear chirp")
fig.colorbar(mesh, ax=ax, label="Power (dB)")
