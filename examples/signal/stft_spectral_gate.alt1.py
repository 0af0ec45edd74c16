import numpy as np
import scipy.signal as sps

nperseg = min(256, signal.size)
_, _, Z = sps.stft(signal, fs=fs, nperseg=nperseg)

# gate: bins weaker than 4x the median magnitude are treated as noise
magnitude = np.abs(Z)
Z[magnitude < 4 * np.median(magnitude)] = 0

_, x_back = sps.istft(Z, fs=fs, nperseg=nperseg)
denoised = x_back[: signal.size]
