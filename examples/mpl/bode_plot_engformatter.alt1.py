import matplotlib.pyplot as plt
import numpy as np
from matplotlib.ticker import EngFormatter
from scipy import signal

R, C = 1e3, 100e-9
tau = R * C
f_cutoff = 1 / (2 * np.pi * tau)
freq = np.logspace(1, 6, 500)

# H(s) = 1 / (RC s + 1), evaluated at s = j 2 pi f
_, response = signal.freqs([1.0], [tau, 1.0], worN=2 * np.pi * freq)
magnitude_db = 20 * np.log10(np.abs(response))
phase_deg = np.angle(response, deg=True)

fig, (ax_mag, ax_phase) = plt.subplots(2, 1, sharex=True, figsize=(7, 6))
ax_mag.semilogx(freq, magnitude_db)
ax_phase.semilogx(freq, phase_deg)
for panel in (ax_mag, ax_phase):
    panel.axvline(f_cutoff, color="gray", linestyle=":")
    panel.grid(True, which="both", alpha=0.3)
ax_phase.xaxis.set_major_formatter(EngFormatter(unit="Hz"))
ax_mag.set_ylabel("Magnitude (dB)")
ax_phase.set_ylabel("Phase (°)")
ax_phase.set_xlabel("Frequency")
fig.suptitle("Bode plot of an RC low-pass filter")
