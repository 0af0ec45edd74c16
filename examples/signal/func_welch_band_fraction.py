# /// example
# task = '''
# Write a function `band_fraction` with the signature and docstring below. Apply it to the
# recording `x` sampled at `fs` Hz for the band 300-600 Hz and store the result in `voice_share`.
#
# ```python
# def band_fraction(x, fs, low_hz, high_hz, nperseg=256):
#     """Share of the power of `x` that lies between low_hz and high_hz.
#
#     Estimates the power spectral density with Welch's method (Hann window,
#     segments of min(nperseg, len(x)) samples, default overlap) and returns
#     the sum of the PSD over the bins with low_hz <= f <= high_hz divided by
#     its sum over all bins: a float in [0, 1]; 0.0 when the signal has no
#     power (for example all zeros).
#     """
# ```'''
# prompt = """
# For my EEG-style band summaries I want `band_fraction(x, fs, low_hz, high_hz, nperseg=256)`: a \
# Welch PSD (Hann window, segment length `nperseg` but never more than the signal length, default \
# overlap), then the PSD summed over the bins from `low_hz` to `high_hz` inclusive divided by the \
# total, as a float between 0 and 1 (`0.0` if there's no power at all). Apply it to my recording \
# `x` at `fs` Hz for 300-600 Hz, into `voice_share`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'band_fraction(np.sin(2 * np.pi * 50 * np.arange(4096) / 1000), 1000.0, 40.0, 60.0) > 0.99',
#     'band_fraction(np.sin(2 * np.pi * 50 * np.arange(4096) / 1000), 1000.0, 100.0, 200.0) < 0.01',
#     'np.isclose(band_fraction(np.sin(2 * np.pi * 50 * np.arange(2000) / 1000) + np.sin(2 * np.pi * 150 * np.arange(2000) / 1000), 1000.0, 100.0, 200.0, nperseg=128), np.sum(scipy.signal.welch(np.sin(2 * np.pi * 50 * np.arange(2000) / 1000) + np.sin(2 * np.pi * 150 * np.arange(2000) / 1000), fs=1000.0, nperseg=128)[1][(scipy.signal.welch(np.sin(2 * np.pi * 50 * np.arange(2000) / 1000) + np.sin(2 * np.pi * 150 * np.arange(2000) / 1000), fs=1000.0, nperseg=128)[0] >= 100) & (scipy.signal.welch(np.sin(2 * np.pi * 50 * np.arange(2000) / 1000) + np.sin(2 * np.pi * 150 * np.arange(2000) / 1000), fs=1000.0, nperseg=128)[0] <= 200)]) / np.sum(scipy.signal.welch(np.sin(2 * np.pi * 50 * np.arange(2000) / 1000) + np.sin(2 * np.pi * 150 * np.arange(2000) / 1000), fs=1000.0, nperseg=128)[1]))',
#     # a signal shorter than nperseg is analysed in one segment of its own length
#     'np.isclose(band_fraction(np.cos(np.arange(100) / 2.0), 10.0, 0.0, 1.0), np.sum(scipy.signal.welch(np.cos(np.arange(100) / 2.0), fs=10.0, nperseg=100)[1][scipy.signal.welch(np.cos(np.arange(100) / 2.0), fs=10.0, nperseg=100)[0] <= 1.0]) / np.sum(scipy.signal.welch(np.cos(np.arange(100) / 2.0), fs=10.0, nperseg=100)[1]))',
#     'band_fraction(np.zeros(300), 100.0, 10.0, 20.0) == 0.0',
#     '0.0 <= voice_share <= 1.0',
#     'np.isclose(voice_share, np.sum(scipy.signal.welch(x, fs=fs, nperseg=min(256, len(x)))[1][(scipy.signal.welch(x, fs=fs, nperseg=min(256, len(x)))[0] >= 300) & (scipy.signal.welch(x, fs=fs, nperseg=min(256, len(x)))[0] <= 600)]) / np.sum(scipy.signal.welch(x, fs=fs, nperseg=min(256, len(x)))[1]))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'spectral-analysis']
# edge_cases = true
# ///
import numpy as np
from scipy import signal


def band_fraction(x, fs, low_hz, high_hz, nperseg=256):
    """Share of the power of `x` that lies between low_hz and high_hz.

    Estimates the power spectral density with Welch's method (Hann window,
    segments of min(nperseg, len(x)) samples, default overlap) and returns
    the sum of the PSD over the bins with low_hz <= f <= high_hz divided by
    its sum over all bins: a float in [0, 1]; 0.0 when the signal has no
    power (for example all zeros).
    """
    x = np.asarray(x, dtype=float)
    # capping nperseg avoids welch's warning on signals shorter than one segment
    freqs, psd = signal.welch(x, fs=fs, window="hann", nperseg=min(nperseg, len(x)))
    total = psd.sum()
    if total == 0:
        return 0.0
    in_band = (freqs >= low_hz) & (freqs <= high_hz)
    return float(psd[in_band].sum() / total)


voice_share = band_fraction(x, fs, 300.0, 600.0)
