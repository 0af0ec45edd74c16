# /// example
# task = '''
# Write a function `remove_hum` with the signature and docstring below and apply it to the signal
# `x` sampled at `fs` Hz with the defaults, storing the result in `dehummed`.
#
# ```python
# def remove_hum(x, fs, f0=50.0, quality=30.0):
#     """Remove a mains-hum tone at f0 Hz with an IIR notch filter applied
#     forward and backward (zero phase).
#
#     `quality` is the notch's quality factor (f0 / bandwidth). Returns a float
#     array of the same length as x. If f0 is not below the Nyquist frequency
#     fs / 2 there is nothing to notch and a float copy of x is returned.
#     """
# ```'''
# prompt = """
# My recordings pick up mains hum, so I want `remove_hum(x, fs, f0=50.0, quality=30.0)`: a notch \
# at `f0` Hz with quality factor `quality`, run forward and backward for zero phase, returning a \
# float array as long as the input; if `f0` is at or above Nyquist it should just return a float \
# copy. Clean my signal `x` (sampled at `fs` Hz) with the defaults into `dehummed`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'np.allclose(remove_hum(np.sin(2 * np.pi * 50 * np.arange(2000) / 1000), 1000.0), scipy.signal.filtfilt(*scipy.signal.iirnotch(50.0, 30.0, fs=1000.0), np.sin(2 * np.pi * 50 * np.arange(2000) / 1000)))',
#     'np.allclose(remove_hum(np.cos(2 * np.pi * 60 * np.arange(1200) / 600) + 1.0, 600.0, f0=60.0, quality=10.0), scipy.signal.filtfilt(*scipy.signal.iirnotch(60.0, 10.0, fs=600.0), np.cos(2 * np.pi * 60 * np.arange(1200) / 600) + 1.0))',
#     'np.allclose(remove_hum([1, 2, 3, 4], 80.0), [1.0, 2.0, 3.0, 4.0]) and remove_hum([1, 2, 3, 4], 80.0).dtype == float',
#     # in the middle of a long 50 Hz sine (away from the edges) the notch leaves almost nothing
#     'np.max(np.abs(remove_hum(np.sin(2 * np.pi * 50 * np.arange(4000) / 1000), 1000.0)[1000:3000])) < 0.05',
#     'np.shape(dehummed) == np.shape(x)',
#     'np.allclose(dehummed, scipy.signal.filtfilt(*scipy.signal.iirnotch(50.0, 30.0, fs=fs), x))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'bandpass', 'iir-filter', 'filtering']
# edge_cases = { min_seconds = 0.1, why = "filtfilt pads by three times the notch filter length, so the signal needs a few dozen samples" }
# ///
import numpy as np
from scipy import signal


def remove_hum(x, fs, f0=50.0, quality=30.0):
    """Remove a mains-hum tone at f0 Hz with an IIR notch filter applied
    forward and backward (zero phase).

    `quality` is the notch's quality factor (f0 / bandwidth). Returns a float
    array of the same length as x. If f0 is not below the Nyquist frequency
    fs / 2 there is nothing to notch and a float copy of x is returned.
    """
    x = np.array(x, dtype=float)
    if f0 >= fs / 2:
        return x
    b, a = signal.iirnotch(f0, quality, fs=fs)
    # filtfilt runs the notch twice, cancelling its phase shift
    return signal.filtfilt(b, a, x)


dehummed = remove_hum(x, fs)
