import matplotlib.pyplot as plt
from matplotlib import mlab

nfft = min(256, len(x) // 4)
fig, ax = plt.subplots(figsize=(8, 4))
coherence, frequencies = ax.cohere(
    x,
    y,
    NFFT=nfft,
    Fs=fs,
    window=mlab.window_hanning,
    noverlap=nfft // 2,
    detrend=mlab.detrend_none,
)
ax.set_ylim(0, 1.05)
ax.set_xlabel("Hz")
ax.set_ylabel("magnitude-squared coherence")
ax.set_title(f"x vs y coherence ({nfft}-sample segments)")
