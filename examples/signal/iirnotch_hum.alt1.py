from scipy.signal import filtfilt, iirnotch

# frequency normalised to Nyquist (the default fs=2 convention)
w0 = tones[1] / (fs / 2)
b, a = iirnotch(w0, Q=30)
cleaned = filtfilt(b, a, signal)
