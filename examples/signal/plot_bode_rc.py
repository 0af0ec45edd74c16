# /// example
# task = """
# Draw the Bode plot of a first-order RC low-pass with a 20 Hz corner (transfer function 1 / (tau \
# s + 1)): compute magnitude `mag` (dB) and phase `phase` (degrees) with `bode` at 200 log-spaced \
# frequencies `freqs_hz` from 1 Hz to 1 kHz, and plot them in two stacked panels (`ax_mag`, \
# `ax_phase`) sharing a logarithmic frequency axis, with a dashed line at the corner, axis labels \
# and a title."""
# prompt = """
# Draw a Bode plot for a first-order RC low-pass with a 20 Hz corner (transfer function 1 / (tau \
# s + 1)). Compute the magnitude `mag` in dB and phase `phase` in degrees at 200 log-spaced \
# frequencies `freqs_hz` from 1 Hz to 1 kHz, and plot them in two stacked panels `ax_mag` and \
# `ax_phase` that share a logarithmic frequency axis, each with a dashed vertical line at the \
# corner, axis labels, and a title."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy', 'matplotlib']
# inputs = {}
# checks = [
#     'np.isclose(np.interp(20, freqs_hz, mag), -3.01, atol=0.05)',
#     'np.isclose(np.interp(20, freqs_hz, phase), -45, atol=0.5) and phase[-1] < -85',
#     "figure_summary().n_axes == 2 and all(a.xscale == 'log' for a in figure_summary().axes)",
#     'figure_summary().axes[1].n_lines == 2 and figure_summary().axes[1].shares_x',
# ]
# difficulty = 'intermediate'
# tags = ['lti-system', 'system-response']
# ///
import matplotlib.pyplot as plt
import numpy as np
from scipy import signal as sps

corner = 20.0
rc = sps.TransferFunction([1], [1 / (2 * np.pi * corner), 1])
freqs_hz = np.geomspace(1, 1000, 200)
# bode works in rad/s
_, mag, phase = sps.bode(rc, w=2 * np.pi * freqs_hz)

fig, (ax_mag, ax_phase) = plt.subplots(2, 1, sharex=True, figsize=(7, 6))
ax_mag.semilogx(freqs_hz, mag)
ax_mag.set(ylabel="Magnitude (dB)", title="Bode plot of an RC low-pass (20 Hz corner)")
ax_phase.semilogx(freqs_hz, phase)
ax_phase.set(xlabel="Frequency (Hz)", ylabel="Phase (deg)")
for ax in (ax_mag, ax_phase):
    ax.axvline(corner, color="gray", linestyle="--", linewidth=0.8)
    ax.grid(True, which="both", alpha=0.3)
