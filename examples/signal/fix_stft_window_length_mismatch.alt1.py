import scipy.signal as sps
from scipy.signal import windows

# build the 256-point periodic Hann explicitly so its length matches nperseg
hann_window = windows.hann(256, sym=False)
f, times, Zxx = sps.stft(x, fs=fs, window=hann_window, nperseg=len(hann_window))
