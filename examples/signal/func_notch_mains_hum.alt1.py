import numpy as np
import scipy.signal as sps


def remove_hum(x, fs, f0=50.0, quality=30.0):
    """Remove a mains-hum tone at f0 Hz with an IIR notch filter applied
    forward and backward (zero phase).

    `quality` is the notch's quality factor (f0 / bandwidth). Returns a float
    array of the same length as x. If f0 is not below the Nyquist frequency
    fs / 2 there is nothing to notch and a float copy of x is returned.
    """
    data = np.asarray(x, dtype=float).copy()
    nyquist = fs / 2
    if f0 >= nyquist:
        return data
    numerator, denominator = sps.iirnotch(w0=f0 / nyquist, Q=quality)
    return sps.filtfilt(numerator, denominator, data)


dehummed = remove_hum(x, fs)
