# /// example
# task = '''
# Write a function `zero_phase_lowpass` with the signature and docstring below. Apply it to the
# recording `x` sampled at `fs` Hz with a cutoff of 800 Hz and store the result in `smoothed`.
#
# ```python
# def zero_phase_lowpass(x, fs, cutoff_hz, order=4):
#     """Low-pass filter `x` (sampled at `fs` Hz) below `cutoff_hz`.
#
#     Uses a Butterworth filter of the given order, run forward and backward
#     so the output has no phase lag. Returns a float array of the same
#     length as `x`.
#     """
# ```'''
# prompt = """
# I keep re-typing the same smoothing code, so I'd like `zero_phase_lowpass(x, fs, cutoff_hz, order=4)`: \
# a Butterworth low-pass at `cutoff_hz` (in Hz, for sample rate `fs`) applied forward and backward \
# so nothing gets shifted in time, returning a float array as long as the input. Use it on my \
# recording `x` (sampled at `fs`) with an 800 Hz cutoff and keep the result in `smoothed`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     # a zero-phase Butterworth low-pass has unit gain at DC: a constant passes unchanged
#     'np.allclose(zero_phase_lowpass(np.full(200, 3.0), 1000.0, 50.0), 3.0)',
#     'np.allclose(zero_phase_lowpass(np.sin(2 * np.pi * 5 * np.arange(1000) / 1000) + np.sin(2 * np.pi * 200 * np.arange(1000) / 1000), 1000.0, 50.0, order=2), scipy.signal.sosfiltfilt(scipy.signal.butter(2, 50.0, fs=1000.0, output="sos"), np.sin(2 * np.pi * 5 * np.arange(1000) / 1000) + np.sin(2 * np.pi * 200 * np.arange(1000) / 1000)))',
#     # away from the ends, a 5 Hz tone comes through without lag while the 200 Hz tone is gone
#     'np.max(np.abs(zero_phase_lowpass(np.sin(2 * np.pi * 5 * np.arange(2000) / 1000) + np.sin(2 * np.pi * 200 * np.arange(2000) / 1000), 1000.0, 50.0)[500:1500] - np.sin(2 * np.pi * 5 * np.arange(500, 1500) / 1000))) < 0.01',
#     'np.allclose(zero_phase_lowpass(np.arange(40.0), 100.0, 10.0, order=3), scipy.signal.sosfiltfilt(scipy.signal.butter(3, 10.0, fs=100.0, output="sos"), np.arange(40.0)))',
#     'np.shape(smoothed) == np.shape(x)',
#     'np.allclose(smoothed, scipy.signal.sosfiltfilt(scipy.signal.butter(4, 800.0, fs=fs, output="sos"), x), atol=1e-8 * np.max(np.abs(x)))',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'filtering', 'lowpass', 'iir-filter']
# edge_cases = true
# ///
import numpy as np
from scipy import signal


def zero_phase_lowpass(x, fs, cutoff_hz, order=4):
    """Low-pass filter `x` (sampled at `fs` Hz) below `cutoff_hz`.

    Uses a Butterworth filter of the given order, run forward and backward
    so the output has no phase lag. Returns a float array of the same
    length as `x`.
    """
    # second-order sections stay numerically stable at higher orders and low cutoffs
    sos = signal.butter(order, cutoff_hz, btype="lowpass", fs=fs, output="sos")
    return signal.sosfiltfilt(sos, np.asarray(x, dtype=float))


smoothed = zero_phase_lowpass(x, fs, 800.0)
