import scipy.signal as sps

# cutoff normalised to the Nyquist frequency instead of passing fs
wn = 20.0 / (0.5 * fs)
sos = sps.butter(2, wn, btype="highpass", output="sos")
highpassed = sps.sosfilt(sos, signal)
