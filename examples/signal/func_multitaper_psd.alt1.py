import numpy as np
import scipy.signal as sps


def multitaper_psd(x, fs, nw=3.0):
    """Multitaper estimate of the one-sided power spectral density of x.

    x is sampled at fs Hz. Uses the K = 2 * nw - 1 discrete prolate
    spheroidal (Slepian) tapers of time-half-bandwidth nw, each with unit
    energy; for each taper computes |rfft(x * taper)|**2 / fs, doubles
    every bin except 0 Hz (and the Nyquist bin for even len(x)), and
    averages over the tapers. Returns (freqs, psd) with freqs from
    numpy.fft.rfftfreq.
    """
    x = np.asarray(x, dtype=float)
    tapers = sps.windows.dpss(len(x), nw, Kmax=int(2 * nw - 1))
    estimates = []
    for taper in tapers:
        # a periodogram with a unit-energy window and no detrending is one taper's estimate
        freqs, density = sps.periodogram(x, fs=fs, window=taper, detrend=False, scaling="density")
        estimates.append(density)
    return freqs, np.mean(estimates, axis=0)
