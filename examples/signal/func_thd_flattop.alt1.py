import numpy as np
from scipy.signal import windows


def thd_percent(x, fs, f0, n_harmonics=5):
    """Total harmonic distortion of the tone at f0 Hz in `x`, in percent.

    `x` is sampled at `fs` Hz. Amplitudes are read from a flat-top windowed
    spectrum at the bin nearest each harmonic k * f0, k = 1 .. n_harmonics;
    harmonics at or above fs / 2 are skipped. Returns
    100 * sqrt(A2**2 + A3**2 + ...) / A1 as a float.
    """
    samples = np.asarray(x, dtype=float)
    n = samples.size
    window = windows.flattop(n, sym=False)
    magnitude = np.abs(np.fft.rfft((samples - samples.mean()) * window))
    amplitudes = []
    for k in range(1, n_harmonics + 1):
        if k * f0 >= fs / 2:
            break
        amplitudes.append(magnitude[round(k * f0 * n / fs)])
    fundamental, *overtones = amplitudes
    return float(100 * np.linalg.norm(overtones) / fundamental)


time_s = np.arange(1000) / 1000
test_tone = (
    np.sin(2 * np.pi * 50 * time_s)
    + 0.1 * np.sin(2 * np.pi * 100 * time_s)
    + 0.05 * np.sin(2 * np.pi * 150 * time_s)
)
amp_thd = thd_percent(test_tone, 1000.0, 50.0)
