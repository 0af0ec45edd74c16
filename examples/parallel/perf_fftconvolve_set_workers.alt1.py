import numpy as np
import scipy.fft
import scipy.signal

offsets = np.arange(-7, 8)
gaussian = np.exp(-(offsets**2) / (2 * 3**2))
gaussian = gaussian / gaussian.sum()

# the kernel as a (1, 15) array broadcasts over the rows; axes=-1 convolves along each spectrum
with scipy.fft.set_workers(-1):
    smoothed = scipy.signal.fftconvolve(absorbance, gaussian.reshape(1, -1), mode="same", axes=-1)
