# /// example
# task = '''
# Write a function `spectral_centroid` with the signature and docstring below. Apply it to the
# recording `x` (sampled at `fs` Hz) and store the result in `centroid`.
#
# ```python
# def spectral_centroid(x, fs):
#     """Power-weighted mean frequency of x in Hz.
#
#     x is sampled at fs Hz. Uses the one-sided periodogram of x (rectangular
#     window, mean removed first) and returns the sum of frequency times power
#     divided by the total power. Returns nan for a constant x, which has no
#     power left once its mean is removed.
#     """
# ```'''
# prompt = """
# For audio features I need `spectral_centroid(x, fs)`: the power-weighted mean frequency in Hz \
# from the one-sided periodogram of `x` (plain rectangular window, mean removed), returning nan \
# for a constant signal, which has no power left once the mean is removed. Please apply it to my \
# recording `x` (rate `fs`) as `centroid`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     # a tone on an exact FFT bin: the centroid is its frequency
#     'np.isclose(spectral_centroid(np.sin(2 * np.pi * 100 * np.arange(1000) / 1000), 1000), 100)',
#     # two on-bin tones with powers 1 : 4 (amplitudes 1 and 2): (1 * 50 + 4 * 200) / 5 = 170 Hz
#     'np.isclose(spectral_centroid(np.cos(2 * np.pi * 50 * np.arange(800) / 800) + 2 * np.cos(2 * np.pi * 200 * np.arange(800) / 800), 800), 170)',
#     # the mean is removed first, so a DC offset does not pull the centroid down
#     'np.isclose(spectral_centroid(5 + np.sin(2 * np.pi * 30 * np.arange(200) / 200), 200), 30)',
#     'np.isnan(spectral_centroid(np.full(64, 3.0), 100))',
#     # the mean of 1000 copies of 0.1 is not exactly 0.1: the round-off left is not power
#     'np.isnan(spectral_centroid(np.full(1000, 0.1), 8000))',
#     'np.isnan(centroid) if np.ptp(x) == 0 else np.isclose(centroid, np.sum(np.fft.rfftfreq(len(x), 1 / fs) * np.abs(np.fft.rfft(x - np.mean(x))) ** 2 * np.r_[1, np.full(len(x) // 2 - (len(x) % 2 == 0), 2.0), [1.0] * (len(x) % 2 == 0)]) / np.sum(np.abs(np.fft.rfft(x - np.mean(x))) ** 2 * np.r_[1, np.full(len(x) // 2 - (len(x) % 2 == 0), 2.0), [1.0] * (len(x) % 2 == 0)]), rtol=1e-6)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'spectral-analysis']
# edge_cases = true
# ///
import numpy as np
from scipy import signal


def spectral_centroid(x, fs):
    """Power-weighted mean frequency of x in Hz.

    x is sampled at fs Hz. Uses the one-sided periodogram of x (rectangular
    window, mean removed first) and returns the sum of frequency times power
    divided by the total power. Returns nan for a constant x, which has no
    power left once its mean is removed.
    """
    x = np.asarray(x, dtype=float)
    # test constancy directly: x - mean(x) can leave round-off instead of exact zeros
    if np.ptp(x) == 0:
        return np.nan
    # detrend="constant" removes the mean before the FFT
    freqs, power = signal.periodogram(x, fs=fs, window="boxcar", detrend="constant")
    return float(np.sum(freqs * power) / power.sum())


centroid = spectral_centroid(x, fs)
