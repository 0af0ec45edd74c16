import scipy.signal

nyquist = fs / 2
sos = scipy.signal.butter(4, [40 / nyquist, 60 / nyquist], btype="bandpass", output="sos")
hum = scipy.signal.sosfiltfilt(sos, recording)
