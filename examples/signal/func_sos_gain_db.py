# /// example
# task = '''
# Write a function `sos_gain_db` with the signature and docstring below.
#
# ```python
# def sos_gain_db(sos, freqs_hz, fs):
#     """Gain in dB of the digital filter given as second-order sections.
#
#     sos is an (n_sections, 6) array, freqs_hz the frequencies in Hz at
#     which to evaluate it and fs the sampling rate in Hz. Returns a float
#     array, 20 * log10 of the magnitude response, one value per frequency.
#     """
# ```'''
# prompt = """
# I often need the gain in dB of an SOS filter at a few specific frequencies. Please write \
# `sos_gain_db(sos, freqs_hz, fs)` that returns 20 log10 |H| at the given frequencies in Hz \
# (sampling rate `fs`), as a float array, without converting the sections to (b, a)."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     # a Butterworth low-pass is 3.01 dB down at its cutoff and 0 dB at DC
#     'np.allclose(sos_gain_db(scipy.signal.butter(4, 100, fs=1000, output="sos"), [0, 100], 1000), [0, -3.0103], atol=1e-3)',
#     # a single section that is a plain gain of 0.5: -6.02 dB everywhere
#     'np.allclose(sos_gain_db(np.array([[0.5, 0, 0, 1, 0, 0]]), [10, 200, 400], 1000), 20 * np.log10(0.5))',
#     # 8th-order elliptic band-pass at 48 kHz, compared with a direct evaluation of the sections
#     'np.allclose(sos_gain_db(scipy.signal.ellip(4, 1, 60, [1000, 2000], btype="bandpass", fs=48000, output="sos"), [500, 1500, 3000], 48000), 20 * np.log10(np.abs(np.prod([np.polyval(s[:3][::-1], np.exp(-2j * np.pi * np.array([500, 1500, 3000]) / 48000)) / np.polyval(s[3:][::-1], np.exp(-2j * np.pi * np.array([500, 1500, 3000]) / 48000)) for s in scipy.signal.ellip(4, 1, 60, [1000, 2000], btype="bandpass", fs=48000, output="sos")], axis=0))), atol=1e-6)',
#     'len(sos_gain_db(scipy.signal.butter(2, 0.2, output="sos"), [0.01, 0.1, 0.2, 0.3], 1.0)) == 4',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'system-response', 'filter-design']
# requires = { scipy = ">=1.15" }
# ///
import numpy as np
from scipy import signal


def sos_gain_db(sos, freqs_hz, fs):
    """Gain in dB of the digital filter given as second-order sections.

    sos is an (n_sections, 6) array, freqs_hz the frequencies in Hz at
    which to evaluate it and fs the sampling rate in Hz. Returns a float
    array, 20 * log10 of the magnitude response, one value per frequency.
    """
    # freqz_sos (scipy >= 1.15) evaluates the cascade section by section, like the old sosfreqz
    _, response = signal.freqz_sos(sos, worN=np.asarray(freqs_hz, dtype=float), fs=fs)
    return 20 * np.log10(np.abs(response))
