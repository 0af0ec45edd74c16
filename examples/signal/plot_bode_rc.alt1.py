import matplotlib.pyplot as plt
import numpy as np
from scipy import signal

corner_hz = 20.0
tau = 1.0 / (2 * np.pi * corner_hz)
rc_filter = signal.lti([1.0], [tau, 1.0])

freqs_hz = np.logspace(0, 3, 200)
# the lti method takes angular frequencies (rad/s)
_, mag, phase = rc_filter.bode(w=2 * np.pi * freqs_hz)

fig, (ax_mag, ax_phase) = plt.subplots(2, 1, sharex=True, figsize=(6, 6))
ax_mag.semilogx(freqs_hz, mag)
ax_mag.set_ylabel("Magnitude (dB)")
ax_phase.semilogx(freqs_hz, phase)
ax_phase.set_ylabel("Phase (degrees)")
ax_phase.set_xlabel("Frequency (Hz)")
for ax in (ax_mag, ax_phase):
    ax.axvline(corner_hz, color="gray", linestyle="--")
fig.suptitle("Bode plot of an RC low-pass (20 Hz corner)")
