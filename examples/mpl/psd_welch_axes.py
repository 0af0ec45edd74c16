# /// example
# task = """
# Estimate and plot the power spectral density of the sampled `signal` (rate `fs` Hz) with \
# `Axes.psd` (Welch averaging, 512-point segments with 50 % overlap), keeping the returned \
# density in `power` and frequencies in `freqs`, and add a title. Keep the figure in `fig` and \
# its Axes in `ax`."""
# prompt = """
# Estimate and plot the power spectral density of `signal` (sampled at `fs` Hz) using \
# matplotlib's own psd plotting on the Axes (Welch averaging) with 512-point segments and 50% \
# overlap. Keep the returned density in `power` and the frequencies in `freqs`, add a title, and \
# keep the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'np.isclose(freqs[-1], fs / 2)',
#     'power.shape == freqs.shape == (512 // 2 + 1,)',
#     # Welch averaging over 512-point segments that overlap by half (256 points)
#     'np.allclose(power, matplotlib.mlab.psd(signal, NFFT=512, Fs=fs, noverlap=256)[0])',
#     'np.allclose(ax.lines[0].get_ydata(), 10 * np.log10(power))',
#     "figure_summary(fig).axes[0].n_lines == 1 and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['spectral-analysis']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
# Axes.psd plots 10*log10(power) and labels both axes itself
power, freqs = ax.psd(signal, NFFT=512, Fs=fs, noverlap=256)
ax.set_title("Welch power spectral density")
