# /// example
# task = """
# Plot the single-sided amplitude spectrum (`freqs`, `amplitude`, from `rfft`) of the sampled \
# `signal` (rate `fs` Hz), without the zero-frequency bin, on a logarithmic frequency axis, and \
# add a secondary x axis on top, `secax`, that shows the period in milliseconds (1000 / f), \
# labelled "period (ms)"; label the other axes and add a title. Keep the figure in `fig` and its \
# Axes in `ax`."""
# prompt = """
# Compute the single-sided amplitude spectrum of `signal` (sampled at `fs` Hz) from a real FFT: \
# `freqs` is the full rfft frequency grid and `amplitude` is 2·|rfft| / n for every bin. Plot it \
# as a single line without the zero-frequency bin (freqs[1:] against amplitude[1:]) on a \
# logarithmic frequency axis. Add a secondary x axis on top, `secax`, showing the period in \
# milliseconds (1000 / f) and labelled "period (ms)"; label the other axes, add a title, and keep \
# the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     "figure_summary(fig).axes[0].xscale == 'log'",
#     "secax.get_xlabel() == 'period (ms)'",
#     'len(ax.lines[0].get_xdata()) == freqs.size - 1',
#     'np.allclose(np.diff(freqs), fs / signal.size)',
#     # single-sided amplitudes: twice |rfft| / n (the zero-frequency and Nyquist bins may be left undoubled)
#     'np.allclose(amplitude[1:-1], 2 * np.abs(np.fft.rfft(signal))[1:-1] / signal.size)',
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([freqs[1:], amplitude[1:]]))',
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'advanced'
# tags = ['twin-axes', 'spectral-analysis', 'log-scale']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

freqs = np.fft.rfftfreq(signal.size, d=1 / fs)
amplitude = 2 * np.abs(np.fft.rfft(signal)) / signal.size


def hz_to_ms(f):
    # f -> 1000 / f is its own inverse; guard the zero the axis machinery may pass in
    f = np.asarray(f, dtype=float)
    return 1000 / np.where(f == 0, np.inf, f)


fig, ax = plt.subplots()
ax.plot(freqs[1:], amplitude[1:])
ax.set_xscale("log")
ax.set_xlabel("frequency (Hz)")
ax.set_ylabel("amplitude")
ax.set_title("Amplitude spectrum")
secax = ax.secondary_xaxis("top", functions=(hz_to_ms, hz_to_ms))
secax.set_xlabel("period (ms)")
