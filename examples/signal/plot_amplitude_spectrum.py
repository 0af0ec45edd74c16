# /// example
# task = """
# Compute the one-sided amplitude spectrum of `signal` (sampled at `fs` Hz) with numpy's real \
# FFT after removing its mean and applying a Hann window from `get_window`, scaled by the \
# window's coherent gain so that a sine of amplitude A reads A (`freqs`, `amplitude`), and plot \
# it on `ax` with a logarithmic amplitude axis, axis labels "Frequency (Hz)" and "Amplitude" and \
# a title."""
# prompt = """
# Plot the one-sided amplitude spectrum of `signal` (sampled at `fs` Hz): subtract the mean, \
# apply a Hann window, take numpy's real FFT and scale by the window's coherent gain so a sine of \
# amplitude A reads A; keep `freqs` and `amplitude`. Draw it on `ax` with a log amplitude axis, x \
# label "Frequency (Hz)", y label "Amplitude" and a title."""
# domain = 'signal_processing'
# libraries = ['numpy', 'scipy.signal', 'matplotlib']
# inputs = { signal = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'freqs.shape == amplitude.shape == (len(signal) // 2 + 1,)',
#     # the spectrum is drawn as a line through every (frequency, amplitude) point
#     'any(len(xy) == len(freqs) and np.allclose(xy, np.column_stack([freqs, amplitude])) for xy in figure_summary().axes[0].lines_xy)',
#     'abs(freqs[np.argmax(amplitude)] - dominant_frequency(signal, fs)) <= 2 * fs / len(signal)',
#     # second route: the strongest sine's amplitude from the finely interpolated (16x zero-padded)
#     # plain DFT; a Hann window reads up to 15% low for a tone halfway between bins
#     'np.isclose(amplitude.max(), 2 * np.abs(np.fft.rfft(signal - np.mean(signal), 16 * len(signal))).max() / len(signal), rtol=0.2)',
#     "figure_summary().axes[0].yscale == 'log' and figure_summary().axes[0].xlabel == 'Frequency (Hz)'",
# ]
# difficulty = 'intermediate'
# tags = ['spectral-analysis', 'fourier-transform', 'window-functions']
# [edge_cases]
# min_seconds = 0.1
# noise_only = false
# why = "the check reads the amplitude of the strongest sine, which a pure-noise draw does not have; reading it takes a record of many of its periods (0.1 s holds 44 of the 440 Hz tone's), with the noise spread over enough bins to stay well below it"
# ///
import matplotlib.pyplot as plt
import numpy as np
from scipy import signal as sps

window = sps.get_window("hann", len(signal))
# without the mean, an offset cannot swamp the lowest bins
spectrum = np.fft.rfft((signal - signal.mean()) * window)
freqs = np.fft.rfftfreq(len(signal), d=1 / fs)
amplitude = 2 * np.abs(spectrum) / window.sum()

fig, ax = plt.subplots()
ax.plot(freqs, amplitude, linewidth=0.8)
ax.set_yscale("log")
ax.set(xlabel="Frequency (Hz)", ylabel="Amplitude", title="Hann-windowed amplitude spectrum")
