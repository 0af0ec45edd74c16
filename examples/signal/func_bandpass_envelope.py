# /// example
# task = '''
# Write a function `band_envelope` with the signature and docstring below. Apply it to the \
# recording `x` (sampled at `fs` Hz) for the 400-480 Hz band and store the result in `envelope`.
#
# ```python
# def band_envelope(x, fs, low, high, order=4):
#     """Amplitude envelope of the low-high Hz band of x (sampled at fs Hz).
#
#     Band-pass x with a zero-phase Butterworth filter of the given order
#     (second-order sections, forward and backward), then take the magnitude
#     of the analytic signal of the result. Returns an array like x.
#     Raises ValueError unless 0 < low < high < fs / 2.
#     """
# ```'''
# prompt = """
# I track how loud one frequency band is over time. Please write `band_envelope(x, fs, low, high, \
# order=4)`: zero-phase Butterworth band-pass (sos, forward-backward) of the low-high Hz band, then \
# the magnitude of the analytic signal (Hilbert). Same length as `x`; ValueError unless \
# 0 < low < high < fs / 2. Apply it to my recording `x` (rate `fs`) for 400-480 Hz as `envelope`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     # an in-band tone of amplitude 2 has a flat envelope near 2 away from the ends
#     'np.allclose(band_envelope(2 * np.sin(2 * np.pi * 100 * np.arange(2000) / 1000), 1000.0, 80, 120)[500:1500], 2, atol=0.05)',
#     # a tone far outside the band is suppressed
#     'np.max(band_envelope(np.sin(2 * np.pi * 300 * np.arange(2000) / 1000), 1000.0, 80, 120)[500:1500]) < 0.01',
#     'np.allclose(band_envelope(np.cos(np.arange(300) / 3.0), 20.0, 0.3, 0.8, order=2), np.abs(scipy.signal.hilbert(scipy.signal.sosfiltfilt(scipy.signal.butter(2, [0.3, 0.8], btype="bandpass", fs=20.0, output="sos"), np.cos(np.arange(300) / 3.0)))))',
#     '__import__("unittest").TestCase().assertRaises(ValueError, band_envelope, np.ones(100), 100.0, 30, 60) is None',
#     '__import__("unittest").TestCase().assertRaises(ValueError, band_envelope, np.ones(100), 100.0, 20, 10) is None',
#     'np.allclose(envelope, np.abs(scipy.signal.hilbert(scipy.signal.sosfiltfilt(scipy.signal.butter(4, [400, 480], btype="bandpass", fs=fs, output="sos"), x))), atol=1e-9 * np.abs(x).max())',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'bandpass', 'time-frequency', 'validation']
# [edge_cases]
# min_size = 64
# why = 'the forward-backward band-pass pads each end with about 3 filter lengths, so recordings need at least 64 samples'
# ///
import numpy as np
from scipy import signal


def band_envelope(x, fs, low, high, order=4):
    """Amplitude envelope of the low-high Hz band of x (sampled at fs Hz).

    Band-pass x with a zero-phase Butterworth filter of the given order
    (second-order sections, forward and backward), then take the magnitude
    of the analytic signal of the result. Returns an array like x.
    Raises ValueError unless 0 < low < high < fs / 2.
    """
    if not 0 < low < high < fs / 2:
        raise ValueError(f"need 0 < low < high < fs / 2, got low={low}, high={high}, fs={fs}")
    sos = signal.butter(order, [low, high], btype="bandpass", fs=fs, output="sos")
    # filter first: the envelope is only meaningful for a narrow-band signal
    band = signal.sosfiltfilt(sos, np.asarray(x, dtype=float))
    return np.abs(signal.hilbert(band))


envelope = band_envelope(x, fs, 400, 480)
