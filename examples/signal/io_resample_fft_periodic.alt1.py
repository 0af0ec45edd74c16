import numpy as np

period = np.array([2.0, 1.0, 0.0, 1.0])
n_new = 8
spectrum = np.fft.rfft(period)
if len(period) % 2 == 0:
    # the old Nyquist bin becomes an ordinary bin: split it between +f and -f
    spectrum[-1] /= 2
# zero-pad the one-sided spectrum; irfft's n= rescaling needs the factor n_new / n
upsampled = np.fft.irfft(spectrum, n=n_new) * n_new / len(period)
