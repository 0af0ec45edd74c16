import numpy as np
import scipy.signal as sps


def band_spectrum(x, fs, f_start, f_stop, m):
    """Fourier transform of x (sampled at fs Hz) at the m frequencies
    f_start + k (f_stop - f_start) / m, k = 0 ... m - 1, computed with the
    chirp z-transform. The value at f is sum_n x[n] exp(-2j pi f n / fs).
    Returns (freqs, values) with values complex.
    Raises ValueError unless 0 <= f_start < f_stop <= fs / 2.
    """
    if f_start < 0 or f_stop <= f_start or f_stop > fs / 2:
        raise ValueError(f"invalid band [{f_start}, {f_stop}] for fs={fs}")
    # zoom_fft is the chirp z-transform restricted to an arc of the unit circle
    values = sps.zoom_fft(x, [f_start, f_stop], m=m, fs=fs, endpoint=False)
    return np.linspace(f_start, f_stop, m, endpoint=False), values


band_freqs, band_values = band_spectrum(x, fs, 400.0, 480.0, 160)
