import numpy as np


def amplitude_envelope(x):
    """Amplitude envelope of the real signal `x`.

    The envelope is the magnitude of the analytic signal (x plus i times
    its Hilbert transform). Returns a float array of the same length as x.
    """
    samples = np.asarray(x, dtype=float)
    n = samples.size
    # analytic signal: keep DC (and Nyquist), double positive, drop negative frequencies
    weights = np.zeros(n)
    weights[0] = 1.0
    if n % 2 == 0:
        weights[n // 2] = 1.0
        weights[1 : n // 2] = 2.0
    else:
        weights[1 : (n + 1) // 2] = 2.0
    return np.abs(np.fft.ifft(np.fft.fft(samples) * weights))


envelope = amplitude_envelope(x)
