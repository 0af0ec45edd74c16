import numpy as np
import scipy.signal as sps


def remove_hum_harmonics(x, fs, f0=50.0, quality=30.0):
    """Remove mains hum at f0 and every harmonic of it from x.

    x is sampled at fs Hz. Uses an IIR comb notch filter with quality
    factor `quality`, applied forward and backward (zero phase), and
    returns an array of the same length as x.

    Raises ValueError if fs is not an integer multiple of f0.
    """
    x = np.asarray(x, dtype=float)
    # iircomb itself rejects an fs that f0 does not divide
    b, a = sps.iircomb(f0, quality, ftype="notch", fs=fs)
    sos = sps.tf2sos(b, a)
    return sps.sosfiltfilt(sos, x)


error_message = ""
try:
    remove_hum_harmonics(np.zeros(200), 1000, f0=60)
except ValueError as exc:
    error_message = str(exc)
