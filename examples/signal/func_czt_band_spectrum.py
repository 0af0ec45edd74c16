# /// example
# task = '''
# Write a function `band_spectrum` with the signature and docstring below. Apply it to the \
# recording `x` (sampled at `fs` Hz) for 400-480 Hz with 160 points, storing the frequencies in \
# `band_freqs` and the spectrum in `band_values`.
#
# ```python
# def band_spectrum(x, fs, f_start, f_stop, m):
#     """Fourier transform of x (sampled at fs Hz) at the m frequencies
#     f_start + k (f_stop - f_start) / m, k = 0 ... m - 1, computed with the
#     chirp z-transform. The value at f is sum_n x[n] exp(-2j pi f n / fs).
#     Returns (freqs, values) with values complex.
#     Raises ValueError unless 0 <= f_start < f_stop <= fs / 2.
#     """
# ```'''
# prompt = """
# I want a fine-grained spectrum over a narrow band only, without a giant zero-padded FFT. Please \
# write `band_spectrum(x, fs, f_start, f_stop, m)` that evaluates sum_n x[n] exp(-2j pi f n / fs) \
# at f = f_start + k (f_stop - f_start) / m, k = 0 ... m - 1, with the chirp z-transform, returns \
# (freqs, values) and raises ValueError unless 0 <= f_start < f_stop <= fs / 2. Use it on my \
# recording `x` (rate `fs`) for 400-480 Hz with 160 points into `band_freqs` and `band_values`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     # compare with the direct sum of x[n] exp(-2j pi f n / fs) at the requested frequencies
#     'np.allclose(band_spectrum(np.arange(8.0), 8.0, 0.0, 4.0, 4)[1], np.exp(-2j * np.pi * np.outer(np.arange(4) * 1.0, np.arange(8)) / 8) @ np.arange(8.0))',
#     'np.allclose(band_spectrum(np.cos(np.arange(50)), 10.0, 1.0, 2.0, 7)[0], 1.0 + np.arange(7) / 7)',
#     'np.allclose(band_spectrum(np.cos(np.arange(50)), 10.0, 0.5, 3.0, 5)[1], np.exp(-2j * np.pi * np.outer(0.5 + np.arange(5) * 0.5, np.arange(50)) / 10) @ np.cos(np.arange(50)))',
#     '__import__("unittest").TestCase().assertRaises(ValueError, band_spectrum, np.ones(8), 8.0, 3.0, 5.0, 4) is None',
#     '__import__("unittest").TestCase().assertRaises(ValueError, band_spectrum, np.ones(8), 8.0, 2.0, 2.0, 4) is None',
#     'np.allclose(band_freqs, 400 + np.arange(160) * 0.5)',
#     'np.shape(band_values) == (160,) and np.allclose(band_values[::20], np.exp(-2j * np.pi * np.outer(400 + np.arange(0, 160, 20) * 0.5, np.arange(len(x))) / fs) @ x, rtol=1e-6, atol=1e-8 * np.abs(x).sum())',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'fourier-transform', 'spectral-analysis', 'validation']
# edge_cases = true
# ///
import numpy as np
from scipy import signal


def band_spectrum(x, fs, f_start, f_stop, m):
    """Fourier transform of x (sampled at fs Hz) at the m frequencies
    f_start + k (f_stop - f_start) / m, k = 0 ... m - 1, computed with the
    chirp z-transform. The value at f is sum_n x[n] exp(-2j pi f n / fs).
    Returns (freqs, values) with values complex.
    Raises ValueError unless 0 <= f_start < f_stop <= fs / 2.
    """
    if not 0 <= f_start < f_stop <= fs / 2:
        raise ValueError("need 0 <= f_start < f_stop <= fs / 2")
    step = (f_stop - f_start) / m
    # start on the unit circle at f_start and step by `step` Hz between output points
    a = np.exp(2j * np.pi * f_start / fs)
    w = np.exp(-2j * np.pi * step / fs)
    values = signal.czt(x, m=m, w=w, a=a)
    return f_start + step * np.arange(m), values


band_freqs, band_values = band_spectrum(x, fs, 400.0, 480.0, 160)
