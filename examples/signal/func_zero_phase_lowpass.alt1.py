import numpy as np
import scipy.signal as sps


def zero_phase_lowpass(x, fs, cutoff_hz, order=4):
    """Low-pass filter `x` (sampled at `fs` Hz) below `cutoff_hz`.

    Uses a Butterworth filter of the given order, run forward and backward
    so the output has no phase lag. Returns a float array of the same
    length as `x`.
    """
    b, a = sps.butter(order, cutoff_hz / (fs / 2))
    return sps.filtfilt(b, a, np.asarray(x, dtype=float))


smoothed = zero_phase_lowpass(x, fs, 800.0)
