import matplotlib.pyplot as plt
import numpy as np
import scipy.signal as sps

f0 = tones[1]
b, a = sps.butter(4, [0.8 * f0, 1.2 * f0], btype="bandpass", fs=fs)
# zero phase: forward and backward pass
filtered = sps.filtfilt(b, a, signal)

n_show = int(np.ceil(5 * fs / f0))  # five periods of the tone
nperseg = min(len(signal), 512)
f_raw, p_raw = sps.welch(signal, fs=fs, nperseg=nperseg)
f_filt, p_filt = sps.welch(filtered, fs=fs, nperseg=nperseg)

fig, (ax_wave, ax_psd) = plt.subplots(2, 1, figsize=(8, 6), layout="constrained")
ax_wave.plot(t[:n_show], signal[:n_show], label="raw")
ax_wave.plot(t[:n_show], filtered[:n_show], label="band-passed")
ax_wave.set_xlabel("Time (s)")
ax_wave.set_ylabel("Amplitude")
ax_wave.set_title(f"First five periods of the {f0:.0f} Hz tone")
ax_wave.legend()

ax_psd.semilogy(f_raw, p_raw, label="raw")
ax_psd.semilogy(f_filt, p_filt, label="band-passed")
ax_psd.set_xlabel("Frequency (Hz)")
ax_psd.set_ylabel("PSD (units²/Hz)")
ax_psd.set_title("Welch power spectral density")
ax_psd.legend()
