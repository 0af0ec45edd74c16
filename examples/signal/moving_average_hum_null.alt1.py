import numpy as np
import scipy.signal

# one period of the interference, rounded to a whole number of samples
period_samples = fs / tones[1]
k = int(np.rint(period_samples))
kernel = np.full(k, 1.0 / k)
averaged = scipy.signal.convolve(signal, kernel, mode="valid")
