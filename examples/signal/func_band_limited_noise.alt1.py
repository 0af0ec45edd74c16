import numpy as np
import scipy.signal as sps


def band_limited_noise(n, fs, low, high, seed=0):
    """Reproducible Gaussian noise confined to the band low..high Hz.

    Draws n samples with numpy.random.default_rng(seed).standard_normal,
    filters them forward and backward with a 4th-order Butterworth
    band-pass (second-order sections) at fs Hz, and scales the result to
    unit standard deviation.

    Raises ValueError unless 0 < low < high < fs / 2.
    """
    nyquist = fs / 2
    if low <= 0 or high <= low or high >= nyquist:
        raise ValueError("the band must satisfy 0 < low < high < fs / 2")
    rng = np.random.default_rng(seed)
    sos = sps.butter(4, [low / nyquist, high / nyquist], btype="band", output="sos")
    filtered = sps.sosfiltfilt(sos, rng.standard_normal(n))
    return filtered / np.std(filtered)


error_message = ""
try:
    band_limited_noise(1000, 1000, 100, 500)
except ValueError as exc:
    error_message = str(exc)
