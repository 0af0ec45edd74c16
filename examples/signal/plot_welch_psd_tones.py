# /// example
# task = """
# Estimate the Welch PSD of `signal` (sampled at `fs` Hz; segments of 1024 samples or the signal \
# length if shorter) as `freqs`, `psd`, plot it on `ax` with a logarithmic PSD axis, mark the \
# known tone frequencies `tones` with dashed vertical lines, and add the x label \
# "Frequency (Hz)", a y label, a title and a legend ("Welch PSD", "known tones")."""
# prompt = """
# Estimate the Welch PSD of `signal` (sampled at `fs` Hz) with 1024-sample segments, or the whole \
# signal if it's shorter, as `freqs`, `psd`. Plot it on `ax` with a log PSD axis, mark the known \
# tone frequencies `tones` with dashed vertical lines, and add the x label "Frequency (Hz)", a y \
# label, a title and a legend reading "Welch PSD" and "known tones"."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'matplotlib']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs', tones = 'noisy.tones' }
# checks = [
#     # (a pure-noise signal has no tones to find)
#     'tones.size == 0 or np.min(np.abs(tones - freqs[np.argmax(psd)])) <= 2 * (freqs[1] - freqs[0])',
#     "figure_summary().axes[0].yscale == 'log'",
#     # a visible vertical line (a segment of some height) at every tone: `vlines` or `axvline`
#     'all(any(np.allclose(seg[:, 0], f) and np.ptp(seg[:, 1]) > 0 for seg in [np.asarray(s) for c in ax.collections if hasattr(c, "get_segments") for s in c.get_segments()] + [np.asarray(ln.get_xydata()) for ln in ax.lines]) for f in tones)',
#     "figure_summary().axes[0].legend_labels == ['Welch PSD', 'known tones']",
#     "figure_summary().axes[0].xlabel == 'Frequency (Hz)'",
#     # the bins of segments of 1024 samples (or the whole signal when shorter)
#     'len(freqs) == min(1024, len(signal)) // 2 + 1 and np.allclose(freqs, np.fft.rfftfreq(min(1024, len(signal)), 1 / fs))',
# ]
# difficulty = 'basic'
# tags = ['spectral-analysis', 'log-scale', 'annotation']
# [edge_cases]
# min_seconds = 0.25
# why = 'the largest PSD peak lies at a tone only once the segments resolve the tones from DC and from each other (bins of a few Hz, a quarter of a second or more); a record of a few dozen samples is all noise and ramp'
# ///
import matplotlib.pyplot as plt
from scipy import signal as sps

# nperseg sets the bin width fs / nperseg; the cap spares short records welch's too-long warning
freqs, psd = sps.welch(signal, fs=fs, nperseg=min(1024, len(signal)))
fig, ax = plt.subplots()
ax.semilogy(freqs, psd, label="Welch PSD")
ax.vlines(tones, psd.min(), psd.max(), colors="gray", linestyles="--", label="known tones")
ax.set(xlabel="Frequency (Hz)", ylabel="PSD (V²/Hz)", title="Power spectral density")
ax.legend()
