# /// example
# task = '''
# Write a function `thd_percent` with the signature and docstring below, and store in
# `amp_thd` the distortion of a 1 s test recording at 1000 Hz of a 50 Hz tone of amplitude 1 with
# a 2nd harmonic of amplitude 0.1 and a 3rd harmonic of amplitude 0.05.
#
# ```python
# def thd_percent(x, fs, f0, n_harmonics=5):
#     """Total harmonic distortion of the tone at f0 Hz in `x`, in percent.
#
#     `x` is sampled at `fs` Hz. Amplitudes are read from a flat-top windowed
#     spectrum at the bin nearest each harmonic k * f0, k = 1 .. n_harmonics;
#     harmonics at or above fs / 2 are skipped. Returns
#     100 * sqrt(A2**2 + A3**2 + ...) / A1 as a float.
#     """
# ```'''
# prompt = """
# I test amplifiers and need `thd_percent(x, fs, f0, n_harmonics=5)`: read the amplitude of the \
# fundamental `f0` and its harmonics (up to `n_harmonics`, ignoring those at or above Nyquist) from \
# a flat-top windowed spectrum, at the bin nearest each harmonic, and return the THD in percent, \
# 100 * sqrt(sum of harmonic amplitudes squared) / fundamental amplitude. Check it on a 1 s \
# recording at 1000 Hz of a 50 Hz tone (amplitude 1) with amplitude `0.1` at the 2nd and `0.05` at \
# the 3rd harmonic; keep that result in `amp_thd`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(amp_thd, 100 * np.hypot(0.1, 0.05), rtol=1e-3)',
#     # the frequency falls between bins: the flat-top window still reads the amplitudes
#     'np.isclose(thd_percent(np.sin(2 * np.pi * 47.3 * np.arange(1000) / 1000) + 0.2 * np.sin(2 * np.pi * 94.6 * np.arange(1000) / 1000), 1000.0, 47.3), 20.0, rtol=1e-2)',
#     # the 600 Hz harmonic is above Nyquist: only the 400 Hz one counts
#     'np.isclose(thd_percent(np.sin(2 * np.pi * 200 * np.arange(2000) / 1000) + 0.3 * np.sin(2 * np.pi * 400 * np.arange(2000) / 1000), 1000.0, 200.0), 30.0, rtol=1e-3)',
#     'np.isclose(thd_percent(2 * np.cos(2 * np.pi * 100 * np.arange(4000) / 8000) + 0.02 * np.cos(2 * np.pi * 500 * np.arange(4000) / 8000) + 0.5 * np.cos(2 * np.pi * 700 * np.arange(4000) / 8000), 8000.0, 100.0), 1.0, rtol=1e-3)',
#     'thd_percent(np.sin(2 * np.pi * 60 * np.arange(3000) / 3000), 3000.0, 60.0) < 0.01',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'spectral-analysis', 'window-functions']
# ///
import numpy as np
from scipy import signal


def thd_percent(x, fs, f0, n_harmonics=5):
    """Total harmonic distortion of the tone at f0 Hz in `x`, in percent.

    `x` is sampled at `fs` Hz. Amplitudes are read from a flat-top windowed
    spectrum at the bin nearest each harmonic k * f0, k = 1 .. n_harmonics;
    harmonics at or above fs / 2 are skipped. Returns
    100 * sqrt(A2**2 + A3**2 + ...) / A1 as a float.
    """
    x = np.asarray(x, dtype=float)
    # the flat-top window reads a tone's amplitude correctly even between bins
    freqs, power = signal.periodogram(x, fs=fs, window="flattop", scaling="spectrum")
    harmonics = f0 * np.arange(1, n_harmonics + 1)
    harmonics = harmonics[harmonics < fs / 2]
    bins = np.rint(harmonics / (freqs[1] - freqs[0])).astype(int)
    amplitudes = np.sqrt(power[bins])
    return float(100 * np.sqrt(np.sum(amplitudes[1:] ** 2)) / amplitudes[0])


t = np.arange(1000) / 1000
test_tone = (
    np.sin(2 * np.pi * 50 * t)
    + 0.1 * np.sin(2 * np.pi * 100 * t)
    + 0.05 * np.sin(2 * np.pi * 150 * t)
)
amp_thd = thd_percent(test_tone, 1000.0, 50.0)
