# /// example
# task = """
# Estimate the Welch PSD of `signal` (sampled at `fs` Hz; segments of 1024 samples or the signal \
# length if shorter) as `freqs`, `psd`, plot it on `ax` with a logarithmic PSD axis, mark the \
# known tone frequencies `tones` with dashed vertical lines, and add the x label \
# "Frequency (Hz)", a y label, a title and a legend ("Welch PSD", "known tones")."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'matplotlib']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs', tones = 'noisy.tones' }
# checks = [
#     # (a pure-noise signal has no tones to find)
#     'tones.size == 0 or np.min(np.abs(tones - freqs[np.argmax(psd)])) <= 2 * (freqs[1] - freqs[0])',
#     "figure_summary().axes[0].yscale == 'log'",
#     "figure_summary().axes[0].legend_labels == ['Welch PSD', 'known tones']",
#     "figure_summary().axes[0].xlabel == 'Frequency (Hz)'",
# ]
# difficulty = 'basic'
# tags = ['spectrum', 'psd', 'welch', 'custom-plotting']
# [edge_cases]
# min_seconds = 0.25
# why = 'the largest PSD peak lies at a tone only once the segments resolve the tones from DC and from each other (bins of a few Hz, a quarter of a second or more); a record of a few dozen samples is all noise and ramp'
# ///
import matplotlib.pyplot as plt
from scipy import signal as sps

freqs, psd = sps.welch(signal, fs=fs, nperseg=min(1024, len(signal)))
fig, ax = plt.subplots()
ax.semilogy(freqs, psd, label="Welch PSD")
ax.vlines(tones, psd.min(), psd.max(), colors="gray", linestyles="--", label="known tones")
ax.set(xlabel="Frequency (Hz)", ylabel="PSD (V²/Hz)", title="Power spectral density")
ax.legend()
