# /// example
# task = """
# Band-pass `signal` (time axis `t`, sampled at `fs` Hz) around the known tone `tones[1]` (0.8 to \
# 1.2 times it, 4th-order Butterworth, zero phase) into `filtered`, and draw a two-row figure: on \
# top the raw and filtered waveforms over the first five periods of that tone, below their Welch \
# PSDs on a log axis; label both panels and give each a legend ("raw", "band-passed")."""
# prompt = """
# Band-pass `signal` (time axis `t`, sampled at `fs` Hz) around the known tone `tones[1]`, from \
# 0.8 to 1.2 times it, with a zero-phase 4th-order Butterworth, into `filtered`. Then make a \
# two-row figure: the raw and filtered waveforms over the first five periods of that tone on top, \
# and their Welch PSDs on a log y axis below; label both panels and give each a legend with \
# entries "raw" and "band-passed"."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'matplotlib']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs', t = 'noisy.t', tones = 'noisy.tones' }
# checks = [
#     'filtered.shape == signal.shape',
#     'band_power(filtered, fs, tones[1] - 2, tones[1] + 2) >= 0.7 * band_power(signal, fs, tones[1] - 2, tones[1] + 2) - 0.0001 * band_power(signal, fs, 0, fs / 2)',
#     "figure_summary().n_axes == 2 and figure_summary().axes[1].yscale == 'log'",
#     "figure_summary().axes[0].legend_labels == figure_summary().axes[1].legend_labels == ['raw', 'band-passed']",
#     # zero phase: away from the ends the result matches a forward-backward pass of the stated filter
#     'np.sqrt(np.mean((filtered - scipy.signal.sosfiltfilt(scipy.signal.butter(4, [0.8 * tones[1], 1.2 * tones[1]], btype="bandpass", fs=fs, output="sos"), signal))[len(signal) // 4 : 3 * len(signal) // 4] ** 2)) <= 0.05 * np.std(signal)',
#     # the top panel draws both waveforms as lines from the start of the recording
#     'any(len(xy) > 1 and np.allclose(xy[:, 0], t[: len(xy)]) and np.allclose(xy[:, 1], signal[: len(xy)]) for xy in figure_summary().axes[0].lines_xy)',
#     'any(len(xy) > 1 and np.allclose(xy[:, 0], t[: len(xy)]) and np.allclose(xy[:, 1], filtered[: len(xy)]) for xy in figure_summary().axes[0].lines_xy)',
#     # the visible time window starts at the first sample and spans about five periods of the tone
#     'figure_summary().axes[0].xlim[0] <= t[0] + 0.5 / fs and 4.5 / tones[1] <= figure_summary().axes[0].xlim[1] - t[0] <= 6 / tones[1]',
#     # the PSDs are plotted against frequency in Hz, up to the Nyquist frequency
#     'len(figure_summary().axes[1].lines_xy) >= 2 and all(0.4 * fs <= xy[:, 0].max() <= fs / 2 + 1e-9 for xy in figure_summary().axes[1].lines_xy)',
# ]
# difficulty = 'advanced'
# tags = ['spectral-analysis', 'filtering', 'bandpass']
# [edge_cases]
# tone_ranges = [[2, 20], [40, 70], [100, 200]]
# noise_only = false
# min_seconds = 0.5
# why = "the pass band is placed around `tones[1]` (drawn anywhere in 40-70 Hz, clear of the other tones), and a pure-noise draw has no tones; the check's 4 Hz band needs periodogram bins (1 / duration) of 2 Hz or finer"
# ///
import matplotlib.pyplot as plt
from scipy import signal as sps

sos = sps.butter(4, [0.8 * tones[1], 1.2 * tones[1]], btype="bandpass", fs=fs, output="sos")
# zero phase (forward and backward pass), so the band-passed wave lines up with the raw one
filtered = sps.sosfiltfilt(sos, signal)

fig, (ax_time, ax_freq) = plt.subplots(2, 1, figsize=(8, 6), layout="constrained")
ax_time.plot(t, signal, linewidth=0.8, alpha=0.6, label="raw")
ax_time.plot(t, filtered, linewidth=1.5, label="band-passed")
ax_time.set(
    xlim=(t[0], t[0] + 5 / tones[1]),
    xlabel="Time (s)",
    ylabel="Amplitude",
    title=f"Band-pass around {tones[1]:g} Hz",
)
ax_time.legend()
for x, label in [(signal, "raw"), (filtered, "band-passed")]:
    # capped at the record length: welch warns and shrinks nperseg itself when it is too long
    freqs, psd = sps.welch(x, fs=fs, nperseg=min(512, len(x)))
    ax_freq.semilogy(freqs, psd, label=label)
ax_freq.set(xlabel="Frequency (Hz)", ylabel="PSD (V²/Hz)")
ax_freq.legend()
