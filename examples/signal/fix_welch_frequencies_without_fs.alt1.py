import numpy as np
import scipy.signal

cycles_per_sample, density = scipy.signal.welch(recording, nperseg=512)
# rescale from cycles per sample to Hz: frequencies times fs, density divided by fs
freqs = cycles_per_sample * fs
psd = density / fs
peak_hz = freqs[np.argmax(psd)]
