import numpy as np
import scipy.signal as sps


def least_squares_lowpass(numtaps, cutoff, transition, fs):
    """Linear-phase low-pass FIR filter designed by least squares.

    The passband is 0 to `cutoff` Hz with gain 1, the stopband from
    `cutoff + transition` Hz to fs / 2 with gain 0, both weighted
    equally. numtaps is odd. Returns the `numtaps` coefficients.
    """
    nyquist = fs / 2
    # without fs=, firls wants the band edges as fractions of Nyquist (0 ... 1)
    edges = np.array([0.0, cutoff, cutoff + transition, nyquist]) / nyquist
    return sps.firls(numtaps, edges, [1.0, 1.0, 0.0, 0.0], weight=[1.0, 1.0])
