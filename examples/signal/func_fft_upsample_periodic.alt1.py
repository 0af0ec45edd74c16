import numpy as np


def upsample_periodic(x, factor):
    """Band-limited (Fourier) interpolation of one period of a periodic signal.

    Returns len(x) * factor samples covering the same period, so the
    original samples reappear at every factor-th position. `factor` is an
    integer >= 1.
    """
    samples = np.asarray(x, dtype=float)
    n = samples.size
    spectrum = np.fft.rfft(samples)
    if n % 2 == 0 and factor > 1:
        # the Nyquist bin is shared by +fs/2 and -fs/2: split it between them
        spectrum[-1] *= 0.5
    padded = np.zeros(n * factor // 2 + 1, dtype=complex)
    padded[: spectrum.size] = spectrum
    return np.fft.irfft(padded, n * factor) * factor


fine = upsample_periodic(x, 3)
