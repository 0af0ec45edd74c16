import numpy as np
import scipy.signal as sps


def band_fraction(x, fs, low_hz, high_hz, nperseg=256):
    """Share of the power of `x` that lies between low_hz and high_hz.

    Estimates the power spectral density with Welch's method (Hann window,
    segments of min(nperseg, len(x)) samples, default overlap) and returns
    the sum of the PSD over the bins with low_hz <= f <= high_hz divided by
    its sum over all bins: a float in [0, 1]; 0.0 when the signal has no
    power (for example all zeros).
    """
    samples = np.asarray(x, dtype=float)
    segment = min(nperseg, samples.size)
    # the cross-spectral density of a signal with itself is its PSD
    freqs, pxx = sps.csd(samples, samples, fs=fs, nperseg=segment)
    pxx = pxx.real
    if not np.any(pxx > 0):
        return 0.0
    mask = np.logical_and(freqs >= low_hz, freqs <= high_hz)
    return float(np.sum(pxx, where=mask) / np.sum(pxx))


voice_share = band_fraction(x, fs, 300.0, 600.0)
