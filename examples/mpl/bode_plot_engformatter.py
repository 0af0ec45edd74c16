# /// example
# task = """
# Draw the Bode plot of an RC low-pass filter (R = 1 kΩ, C = 100 nF) over 10 Hz-1 MHz: magnitude \
# in dB (`magnitude_db`) on top and phase in degrees (`phase_deg`) below, on two rows sharing a \
# logarithmic frequency axis formatted with `EngFormatter(unit="Hz")`, with the cutoff frequency \
# `f_cutoff` marked by a dotted vertical line in both panels; label the axes and give the figure \
# a title. Keep the figure in `fig`."""
# prompt = """
# I need a Bode plot of an RC low-pass filter with R = 1 kΩ and C = 100 nF from 10 Hz to 1 MHz: \
# magnitude in dB (`magnitude_db`) on top and phase in degrees (`phase_deg`) underneath, two rows \
# sharing a logarithmic frequency axis whose tick labels use engineering notation with the unit \
# "Hz" (EngFormatter). Mark the cutoff frequency `f_cutoff` with a dotted vertical line in both \
# panels, label both y axes and the frequency axis on the bottom panel, and give the whole figure \
# a title (suptitle); keep it in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     "figure_summary(fig).axes[0].xscale == 'log' and figure_summary(fig).axes[1].shares_x",
#     'np.isclose(f_cutoff, 1 / (2 * np.pi * 1e3 * 100e-9))',
#     # the magnitude curve as plotted on the top panel, at whatever frequency grid the answer chose: 10 Hz to 1 MHz, first-order low-pass
#     "(lambda f: np.isclose(f.min(), 10) and np.isclose(f.max(), 1e6) and np.allclose(magnitude_db, -10 * np.log10(1 + (f / f_cutoff) ** 2), atol=1e-6))(np.asarray(next(ln for ln in fig.axes[0].lines if np.array_equal(ln.get_ydata(), magnitude_db)).get_xdata(), dtype=float))",
#     "(lambda f: np.allclose(phase_deg, -np.degrees(np.arctan(f / f_cutoff)), atol=1e-6))(np.asarray(next(ln for ln in fig.axes[1].lines if np.array_equal(ln.get_ydata(), phase_deg)).get_xdata(), dtype=float))",
#     "any(t.endswith('Hz') for t in figure_summary(fig).axes[1].xticklabels)",
#     "figure_summary(fig).suptitle != ''",
#     # both panels label their values; the shared frequency axis is labelled on the bottom panel
#     "all(a.ylabel != '' for a in figure_summary(fig).axes) and figure_summary(fig).axes[1].xlabel != ''",
#     # the cutoff is marked in both panels by a dotted vertical line at f_cutoff
#     "all(any(ln.get_linestyle() == ':' and np.allclose(np.asarray(ln.get_xdata(), dtype=float), f_cutoff) for ln in a.lines) for a in fig.axes)",
# ]
# difficulty = 'advanced'
# tags = ['system-response', 'tick-formatting', 'log-scale', 'subplots']
# ///
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.ticker import EngFormatter

R, C = 1e3, 100e-9
f_cutoff = 1 / (2 * np.pi * R * C)
freq = np.logspace(1, 6, 400)
# the complex response H = 1 / (1 + j f / f_c) gives both magnitude and phase from one array
response = 1 / (1 + 1j * freq / f_cutoff)
magnitude_db = 20 * np.log10(np.abs(response))
phase_deg = np.degrees(np.angle(response))

fig, (ax_mag, ax_phase) = plt.subplots(2, 1, sharex=True, layout="constrained")
ax_mag.semilogx(freq, magnitude_db)
ax_mag.set_ylabel("magnitude (dB)")
ax_phase.semilogx(freq, phase_deg)
ax_phase.set_ylabel("phase (°)")
ax_phase.set_xlabel("frequency")
for ax in (ax_mag, ax_phase):
    ax.axvline(f_cutoff, color="gray", linestyle=":")
fig.suptitle("RC low-pass filter")
# axes joined by sharex share one tick formatter, so setting it on the bottom panel covers both
ax_phase.xaxis.set_major_formatter(EngFormatter(unit="Hz"))
