import matplotlib.pyplot as plt
import numpy as np


def remove_line(values):
    t = np.arange(len(values))
    slope, intercept = np.polyfit(t, values, 1)
    return values - (slope * t + intercept)


window = min(int(2 * fs), len(x) - 1)
fig, ax = plt.subplots(figsize=(8, 4))
lags, corr, _, _ = ax.xcorr(
    remove_line(x), remove_line(y), normed=True, maxlags=window, usevlines=True
)
delay_seconds = lags[np.argmax(corr)] / fs
ax.set_xlabel("lag (samples)")
ax.set_ylabel("correlation")
ax.set_title("Cross-correlation of the detrended channels")
