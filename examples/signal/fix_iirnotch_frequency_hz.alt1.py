import scipy.signal as sps

nyquist = fs / 2
# express the notch frequency as a fraction of Nyquist instead of passing fs
b, a = sps.iirnotch(50 / nyquist, 30)
dehummed = sps.filtfilt(b, a, x)
