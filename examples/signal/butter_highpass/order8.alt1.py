from scipy.signal import butter, sosfilt

order = 8
cutoff_hz = 20
sos = butter(N=order, Wn=cutoff_hz, btype="high", fs=fs, output="sos")
highpassed = sosfilt(sos, signal)
