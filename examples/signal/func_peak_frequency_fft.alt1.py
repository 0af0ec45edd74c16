import numpy as np
from scipy import fft


def peak_frequency_hz(x, fs):
    """Frequency in Hz of the largest peak of the amplitude spectrum of `x`.

    `x` is sampled at `fs` Hz. The mean is removed first, so a DC offset
    never wins; the frequency is that of the FFT bin, k * fs / len(x).
    Returns a float; 0.0 for a constant signal or fewer than 2 samples.
    """
    samples = np.asarray(x, dtype=float)
    n = len(samples)
    if n < 2:
        return 0.0
    magnitude = np.abs(fft.rfft(samples - samples.mean()))
    return float(np.argmax(magnitude) * fs / n)


main_hz = peak_frequency_hz(x, fs)
