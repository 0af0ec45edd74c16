# /// example
# task = """
# Plot the magnitude responses (gain in dB against frequency on a log axis, 1 Hz to Nyquist) of \
# four 4th-order 100 Hz low-pass designs: Butterworth, Chebyshev I (1 dB ripple), Chebyshev II \
# (40 dB stopband) and elliptic (1 dB / 40 dB), for `fs` = 1000 Hz, computed with `freqz`, on \
# one axes `ax` with a legend naming each family ("Butterworth", "Chebyshev I", "Chebyshev II", \
# "Elliptic"), axis labels and a title."""
# prompt = """
# Compare four 4th-order 100 Hz low-pass designs at `fs` = 1000 Hz: Butterworth, Chebyshev I (1 \
# dB ripple), Chebyshev II (40 dB stopband) and elliptic (1 dB / 40 dB). Plot their gain in dB \
# against frequency on a log axis from 1 Hz to Nyquist, all on one axes `ax`, with a legend \
# naming each family "Butterworth", "Chebyshev I", "Chebyshev II", "Elliptic", axis labels (the y \
# label mentioning dB) and a title."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy', 'matplotlib']
# inputs = {}
# checks = [
#     "figure_summary().axes[0].xscale == 'log'",
#     "sorted(figure_summary().axes[0].legend_labels) == sorted(['Butterworth', 'Chebyshev I', 'Chebyshev II', 'Elliptic'])",
#     "figure_summary().axes[0].n_lines == 4 and 'dB' in figure_summary().axes[0].ylabel",
#     # each labelled curve is 20 log10 |H| of its design at the plotted frequencies in Hz (where above -100 dB)
#     "(lambda designs: all((lambda x, y, want: np.allclose(y[want > -100], want[want > -100], atol=0.01))(np.asarray(ln.get_xdata(), float), np.asarray(ln.get_ydata(), float), 20 * np.log10(np.abs(scipy.signal.freqz(*designs[ln.get_label()], worN=np.asarray(ln.get_xdata(), float), fs=1000)[1]) + 1e-300)) for ln in ax.lines if ln.get_label() in designs))({'Butterworth': scipy.signal.butter(4, 100, fs=1000), 'Chebyshev I': scipy.signal.cheby1(4, 1, 100, fs=1000), 'Chebyshev II': scipy.signal.cheby2(4, 40, 100, fs=1000), 'Elliptic': scipy.signal.ellip(4, 1, 40, 100, fs=1000)})",
# ]
# difficulty = 'intermediate'
# tags = ['filter-design', 'system-response']
# ///
import matplotlib.pyplot as plt
import numpy as np
from scipy import signal as sps

fs = 1000.0
designs = {
    "Butterworth": sps.butter(4, 100, fs=fs),
    "Chebyshev I": sps.cheby1(4, 1, 100, fs=fs),
    "Chebyshev II": sps.cheby2(4, 40, 100, fs=fs),
    "Elliptic": sps.ellip(4, 1, 40, 100, fs=fs),
}
freqs = np.geomspace(1, fs / 2, 1000)
fig, ax = plt.subplots()
for name, (b, a) in designs.items():
    _, h = sps.freqz(b, a, worN=freqs, fs=fs)
    # floor the gain so the stopband zeros do not hit log10(0)
    ax.semilogx(freqs, 20 * np.log10(np.maximum(np.abs(h), 1e-10)), label=name)
ax.set(
    xlabel="Frequency (Hz)",
    ylabel="Gain (dB)",
    ylim=(-80, 5),
    title="4th-order low-pass designs, 100 Hz cutoff",
)
ax.grid(True, which="both", alpha=0.3)
ax.legend()
