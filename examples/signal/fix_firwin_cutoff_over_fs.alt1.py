import scipy.signal as sps

nyquist = 0.5 * fs
taps = sps.firwin(101, 1000 / nyquist)
filtered = sps.filtfilt(taps, 1.0, x)
