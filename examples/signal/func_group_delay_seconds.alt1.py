import numpy as np


def group_delay_seconds(b, a, freqs_hz, fs):
    """Group delay of the digital filter with coefficients (b, a), in seconds.

    freqs_hz are the frequencies in Hz (0 <= f < fs / 2) at which to
    evaluate it and fs is the sampling rate in Hz. Returns a float array
    with one delay per frequency.
    """
    b = np.atleast_1d(np.asarray(b, dtype=float))
    a = np.atleast_1d(np.asarray(a, dtype=float))
    z = np.exp(1j * 2 * np.pi * np.asarray(freqs_hz, dtype=float) / fs)

    def delay(c):
        # the delay of a polynomial in z^-1 is Re(sum k c_k z^-k / sum c_k z^-k)
        k = np.arange(len(c))
        powers = z[:, None] ** -k
        return np.real((powers * (k * c)).sum(axis=1) / (powers * c).sum(axis=1))

    return (delay(b) - delay(a)) / fs
