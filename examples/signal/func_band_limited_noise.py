# /// example
# task = '''
# Write a function `band_limited_noise` with the signature and docstring below, and store in
# `error_message` the message of the ValueError it raises for n = 1000, fs = 1000, low = 100 and
# high = 500.
#
# ```python
# def band_limited_noise(n, fs, low, high, seed=0):
#     """Reproducible Gaussian noise confined to the band low..high Hz.
#
#     Draws n samples with numpy.random.default_rng(seed).standard_normal,
#     filters them forward and backward with a 4th-order Butterworth
#     band-pass (second-order sections) at fs Hz, and scales the result to
#     unit standard deviation.
#
#     Raises ValueError unless 0 < low < high < fs / 2.
#     """
# ```'''
# prompt = """
# For testing detectors I need `band_limited_noise(n, fs, low, high, seed=0)`: `n` standard \
# normal samples from `np.random.default_rng(seed)`, band-passed to `low`..`high` Hz with a \
# 4th-order Butterworth in second-order sections applied forward and backward (sampling rate \
# `fs`), then scaled to unit standard deviation. It should raise ValueError unless \
# 0 < low < high < fs / 2; keep the message for n = 1000, fs = 1000, low = 100, high = 500 in \
# `error_message`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(band_limited_noise(4000, 1000, 100, 200, seed=3), (lambda v: v / v.std())(scipy.signal.sosfiltfilt(scipy.signal.butter(4, [100, 200], btype="bandpass", fs=1000, output="sos"), np.random.default_rng(3).standard_normal(4000))))',
#     'len(band_limited_noise(500, 8000, 300, 3400)) == 500 and np.isclose(np.std(band_limited_noise(500, 8000, 300, 3400)), 1)',
#     # the default seed is 0, so two calls agree
#     'np.array_equal(band_limited_noise(300, 100, 5, 20), band_limited_noise(300, 100, 5, 20, seed=0))',
#     # most of the power lies inside the band
#     'band_power(band_limited_noise(4000, 1000, 100, 200, seed=1), 1000, 95, 205) > 0.95 * band_power(band_limited_noise(4000, 1000, 100, 200, seed=1), 1000, 0, 500)',
#     'isinstance(error_message, str) and len(error_message) > 0',
#     # the other invalid bands raise too: low not above 0, and low above high
#     '__import__("unittest").TestCase().assertRaises(ValueError, band_limited_noise, 1000, 1000, 0, 100) is None',
#     '__import__("unittest").TestCase().assertRaises(ValueError, band_limited_noise, 1000, 1000, 200, 100) is None',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'bandpass', 'iir-filter', 'validation']
# ///
import numpy as np
from scipy import signal


def band_limited_noise(n, fs, low, high, seed=0):
    """Reproducible Gaussian noise confined to the band low..high Hz.

    Draws n samples with numpy.random.default_rng(seed).standard_normal,
    filters them forward and backward with a 4th-order Butterworth
    band-pass (second-order sections) at fs Hz, and scales the result to
    unit standard deviation.

    Raises ValueError unless 0 < low < high < fs / 2.
    """
    if not 0 < low < high < fs / 2:
        raise ValueError(f"need 0 < low < high < fs / 2 = {fs / 2}, got low={low}, high={high}")
    white = np.random.default_rng(seed).standard_normal(n)
    sos = signal.butter(4, [low, high], btype="bandpass", fs=fs, output="sos")
    # sosfiltfilt runs the filter twice, so the band edges sit at -6 dB, with no phase shift
    noise = signal.sosfiltfilt(sos, white)
    return noise / noise.std()


try:
    band_limited_noise(1000, 1000, 100, 500)
except ValueError as err:
    error_message = str(err)
