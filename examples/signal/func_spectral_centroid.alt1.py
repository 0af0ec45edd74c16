import numpy as np


def spectral_centroid(x, fs):
    """Power-weighted mean frequency of x in Hz.

    x is sampled at fs Hz. Uses the one-sided periodogram of x (rectangular
    window, mean removed first) and returns the sum of frequency times power
    divided by the total power. Returns nan for a constant x, which has no
    power left once its mean is removed.
    """
    x = np.asarray(x, dtype=float)
    if np.all(x == x[0]):
        return np.nan
    centred = x - x.mean()
    power = np.abs(np.fft.rfft(centred)) ** 2
    # one-sided: every bin but DC (and Nyquist for an even length) stands for two
    power[1 : len(power) - (len(centred) % 2 == 0)] *= 2
    freqs = np.fft.rfftfreq(len(centred), d=1 / fs)
    return float(np.dot(freqs, power) / power.sum())


centroid = spectral_centroid(x, fs)
