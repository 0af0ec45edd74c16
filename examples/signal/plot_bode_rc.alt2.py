import matplotlib.pyplot as plt
import numpy as np
import scipy.signal as sps

f_c = 20.0
tau = 1 / (2 * np.pi * f_c)
system = sps.TransferFunction([1], [tau, 1])

freqs_hz = np.geomspace(1, 1000, num=200)
w_rad, mag, phase = sps.bode(system, w=2 * np.pi * freqs_hz)

fig, axes = plt.subplots(nrows=2, sharex=True, layout="constrained")
ax_mag, ax_phase = axes
ax_mag.plot(freqs_hz, mag, color="tab:blue")
ax_phase.plot(freqs_hz, phase, color="tab:orange")
ax_mag.set_xscale("log")  # shared with ax_phase
for ax in axes:
    ax.axvline(f_c, linestyle="--", color="k", linewidth=0.8, label="corner (20 Hz)")
    ax.grid(True, which="both", alpha=0.3)
ax_mag.set(ylabel="Magnitude (dB)", title="RC low-pass, 20 Hz corner: Bode plot")
ax_phase.set(xlabel="Frequency (Hz)", ylabel="Phase (°)")
