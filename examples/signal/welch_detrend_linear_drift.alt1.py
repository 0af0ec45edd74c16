import numpy as np
import scipy.signal as sps

# detrend also accepts a function applied to each segment
freqs, psd = sps.welch(
    y,
    fs=fs,
    window="hann",
    nperseg=128,
    detrend=lambda segment: sps.detrend(segment, type="linear"),
)
psd = np.asarray(psd)
