# /// example
# task = """
# Draw the spectrogram of the sampled `signal` (rate `fs` Hz) with `Axes.specgram` using segments \
# of `nfft` = 256 samples (at most a quarter of the signal, so short recordings still give \
# several segments) overlapping by half, the "magma" colormap, and a colorbar labelled "power \
# (dB)"; keep `spectrum`, `freqs` and `times`, label the axes and title. Keep the figure in `fig`."""
# prompt = """
# Draw the spectrogram of `signal` (sampled at `fs` Hz) with matplotlib's specgram, using \
# segments of `nfft` = 256 samples (but no more than a quarter of the signal, so short recordings \
# still give several segments) overlapping by half, the "magma" colormap and a colorbar labelled \
# "power (dB)". Keep `spectrum`, `freqs` and `times`, label the axes, add a title, and keep the \
# figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { signal = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'spectrum.shape == (freqs.size, times.size)',
#     'np.allclose(np.diff(freqs), fs / nfft)',
#     'freqs.size == nfft // 2 + 1 and times.size >= 2',
#     'times[-1] <= signal.size / fs',
#     # half overlap: successive segments start half a segment apart (either rounding for an odd `nfft`)
#     'any(np.allclose(np.diff(times), step / fs) for step in (nfft // 2, nfft - nfft // 2))',
#     'figure_summary(fig).has_colorbar',
#     "figure_summary(fig).colorbar_labels == ['power (dB)']",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
#     # the spectrogram's image (the only one: a colorbar draws a mesh) uses "magma"
#     "[im.get_cmap().name for a in fig.axes for im in a.images] == ['magma']",
#     "figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['time-frequency', 'colorbar']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

# capping the window at a quarter of the signal leaves several segments for short recordings
nfft = min(256, signal.size // 4)

fig, ax = plt.subplots()
# the returned spectrum is linear power; only the image is drawn in dB (10·log10)
spectrum, freqs, times, im = ax.specgram(signal, NFFT=nfft, Fs=fs, noverlap=nfft // 2, cmap="magma")
ax.set_xlabel("time (s)")
ax.set_ylabel("frequency (Hz)")
ax.set_title("Spectrogram")
fig.colorbar(im, ax=ax, label="power (dB)")
