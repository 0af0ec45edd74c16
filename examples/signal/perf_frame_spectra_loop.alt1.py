import numpy as np
import scipy.signal as sps

# the STFT without padding or scaling is exactly the windowed frame FFTs (frequencies x frames)
window = sps.get_window("hann", 256)
_, _, spectrum = sps.stft(
    x, window=window, nperseg=256, noverlap=128, boundary=None, padded=False, detrend=False
)
frame_magnitudes = np.abs(spectrum.T) * window.sum()
