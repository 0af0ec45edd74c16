# /// example
# task = """
# Plot the one-sided magnitude spectrum of the recording `signal` (sampled at `fs` Hz) on the \
# Axes `ax` of the figure `fig` with Matplotlib's `magnitude_spectrum`, using a Hann window over \
# the whole signal (no zero padding, linear magnitude), and store the frequency of the largest \
# magnitude in `peak_hz`. Label the axes and add a title that names that frequency."""
# prompt = """
# I'd like to see which tones are in my recording `signal` (`fs` Hz): plot its magnitude \
# spectrum with `ax.magnitude_spectrum` on `ax` in `fig`, Hann window over the full length, no \
# padding, linear scale, and give me the strongest frequency in `peak_hz` (and mention it in the \
# title). Axis labels too."""
# domain = 'signal_processing'
# libraries = ['matplotlib', 'numpy']
# inputs = { signal = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     # Matplotlib scales the windowed FFT magnitude by the window's sum (no one-sided doubling)
#     '(lambda w: np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([np.fft.rfftfreq(len(signal), 1 / fs), np.abs(np.fft.rfft(signal * w)) / w.sum()])))(np.hanning(len(signal)))',
#     '(lambda w: np.isclose(peak_hz, np.fft.rfftfreq(len(signal), 1 / fs)[np.argmax(np.abs(np.fft.rfft(signal * w)))]))(np.hanning(len(signal)))',
#     'ax.get_xlabel() != "" and ax.get_ylabel() != "" and ax.get_title() != ""',
# ]
# difficulty = 'intermediate'
# tags = ['spectral-analysis', 'fourier-transform', 'window-functions', 'line-plot']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots(figsize=(8, 4))
# window takes the window array itself; its length equals the signal, so no zero padding
magnitude, freqs, _ = ax.magnitude_spectrum(
    signal, Fs=fs, window=np.hanning(len(signal)), scale="linear"
)
peak_hz = freqs[np.argmax(magnitude)]
ax.set(
    xlabel="frequency (Hz)",
    ylabel="magnitude",
    title=f"Magnitude spectrum, peak at {peak_hz:.0f} Hz",
)
