import numpy as np
import scipy.signal

b, a = scipy.signal.iirpeak(w0=tones[2], Q=20.0, fs=fs)
# Gustafsson's method picks the initial conditions so that forward and backward passes agree,
# instead of padding the ends
isolated = scipy.signal.filtfilt(b, a, signal, method="gust")

quarter = len(isolated) // 4
rms = np.sqrt(np.mean(np.square(isolated[quarter : len(isolated) - quarter])))
amplitude = rms * np.sqrt(2)
