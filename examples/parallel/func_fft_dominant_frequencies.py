# /// example
# task = '''
# Write a function `dominant_frequencies` with the signature and docstring below, using
# `scipy.fft.rfft` and `scipy.fft.rfftfreq` with the transforms spread over `workers` cores. Apply
# it to the recording `signal` sampled at `fs` Hz, cut into 10 consecutive segments of equal length
# (drop any leftover samples at the end), and store the result in `segment_peaks`.
#
# ```python
# def dominant_frequencies(signals, fs, workers=-1):
#     """Frequency (Hz) of the largest spectral magnitude of each row of `signals`.
#
#     `signals` is a 2-D array with one equally sampled signal per row (a 1-D
#     array counts as one row), sampled at `fs` Hz. The mean of each row is
#     removed first, so the 0 Hz bin never wins unless a row is constant (then
#     0.0 is returned). Returns a 1-D float array with one frequency per row.
#     """
# ```'''
# prompt = '''
# I need the dominant frequency of many signals at once: `dominant_frequencies(signals, fs,
# workers=-1)` should take a 2-D array (one signal per row; a 1-D array is one row), remove each
# row's mean, and return the frequency in Hz of the largest rfft magnitude of each row (0.0 for a
# constant row), using scipy.fft with the transforms spread over all cores. Then cut my recording
# `signal` (sampled at `fs`) into 10 equal consecutive segments, dropping leftover samples at the
# end, and put the per-segment result in `segment_peaks`.
#
# ```python
# def dominant_frequencies(signals, fs, workers=-1):
#     """Frequency (Hz) of the largest spectral magnitude of each row of `signals`.
#
#     `signals` is a 2-D array with one equally sampled signal per row (a 1-D
#     array counts as one row), sampled at `fs` Hz. The mean of each row is
#     removed first, so the 0 Hz bin never wins unless a row is constant (then
#     0.0 is returned). Returns a 1-D float array with one frequency per row.
#     """
# ```'''
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.fft', 'numpy']
# inputs = { signal = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'segment_peaks.shape == (10,)',
#     # the magnitude at the returned frequency is the largest one (to within rounding, for ties)
#     '''all(
#         (lambda magnitude: magnitude[int(round(peak * len(seg) / fs))] >= magnitude.max() * (1 - 1e-9))(
#             np.abs(np.fft.rfft(seg - seg.mean()))
#         )
#         for seg, peak in zip(signal[: len(signal) // 10 * 10].reshape(10, -1), segment_peaks)
#     )''',
#     # rows of 50 Hz and 120 Hz sines sampled at 1 kHz for one second, with an offset of 3
#     'np.allclose(dominant_frequencies(3 + np.sin(2 * np.pi * np.outer([50, 120], np.arange(1000) / 1000)), 1000.0), [50.0, 120.0])',
#     'np.allclose(dominant_frequencies(np.cos(2 * np.pi * 5 * np.arange(64) / 64), 64.0, workers=1), [5.0])',
#     'np.allclose(dominant_frequencies(np.full((2, 16), 7.0), 10.0), [0.0, 0.0])',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'parallelism', 'fourier-transform', 'spectral-analysis']
# [edge_cases]
# min_seconds = 0.01
# why = 'ten segments need at least ten samples'
# ///
import numpy as np
from scipy import fft


def dominant_frequencies(signals, fs, workers=-1):
    """Frequency (Hz) of the largest spectral magnitude of each row of `signals`.

    `signals` is a 2-D array with one equally sampled signal per row (a 1-D
    array counts as one row), sampled at `fs` Hz. The mean of each row is
    removed first, so the 0 Hz bin never wins unless a row is constant (then
    0.0 is returned). Returns a 1-D float array with one frequency per row.
    """
    signals = np.atleast_2d(np.asarray(signals, dtype=float))
    centred = signals - signals.mean(axis=1, keepdims=True)
    # one transform per row; workers spreads the rows over the cores
    magnitude = np.abs(fft.rfft(centred, axis=1, workers=workers))
    freqs = fft.rfftfreq(signals.shape[1], d=1 / fs)
    return freqs[np.argmax(magnitude, axis=1)]


n_per_segment = len(signal) // 10
segments = signal[: 10 * n_per_segment].reshape(10, n_per_segment)
segment_peaks = dominant_frequencies(segments, fs)
