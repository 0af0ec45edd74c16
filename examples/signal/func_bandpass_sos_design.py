# /// example
# task = '''
# Write a function `design_bandpass` with the signature and docstring below. Then band-pass the
# signal `x` (sampled at `fs` Hz) between 40 and 60 Hz with zero phase
# (forward-backward) into `filtered`, and store in `band_error` the message raised by
# `design_bandpass(300, 600, 1000)`.
#
# ```python
# def design_bandpass(low_hz, high_hz, fs, order=4):
#     """Butterworth band-pass filter as second-order sections.
#
#     The band edges are in Hz for a signal sampled at `fs` Hz; `order` is the
#     order of the Butterworth prototype (the band-pass has `order` sections).
#     Returns the (order, 6) sos array. Raises
#     ValueError("need 0 < low_hz < high_hz < fs / 2") for band edges outside
#     that range.
#     """
# ```'''
# prompt = """
# I'd like a helper `design_bandpass(low_hz, high_hz, fs, order=4)` that returns a Butterworth \
# band-pass as an sos array of shape (order, 6) (edges in Hz, `order` being the prototype order), raising \
# `ValueError("need 0 < low_hz < high_hz < fs / 2")` for impossible edges. Use it to keep 40-60 Hz \
# of my signal `x` (sample rate `fs`) without phase shift, into `filtered`, and store the message \
# for `design_bandpass(300, 600, 1000)` in `band_error`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'np.allclose(design_bandpass(5, 15, 100), scipy.signal.butter(4, [5, 15], btype="bandpass", fs=100, output="sos"))',
#     'np.allclose(design_bandpass(100, 300, 2000, order=2), scipy.signal.butter(2, [100, 300], btype="bandpass", fs=2000, output="sos"))',
#     'design_bandpass(0.5, 40, 250, order=6).shape == (6, 6)',
#     'np.allclose(design_bandpass(0.5, 40, 250, order=6), scipy.signal.butter(6, [0.5, 40], btype="bandpass", fs=250, output="sos"))',
#     'band_error == "need 0 < low_hz < high_hz < fs / 2"',
#     'filtered.shape == np.shape(x)',
#     'np.allclose(filtered, scipy.signal.sosfiltfilt(scipy.signal.butter(4, [40, 60], btype="bandpass", fs=fs, output="sos"), x))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'filter-design', 'bandpass', 'iir-filter', 'validation']
# edge_cases = { min_seconds = 0.5, why = "sosfiltfilt pads the signal by three times the filter length, so the signal must be longer than that" }
# ///
from scipy import signal


def design_bandpass(low_hz, high_hz, fs, order=4):
    """Butterworth band-pass filter as second-order sections.

    The band edges are in Hz for a signal sampled at `fs` Hz; `order` is the
    order of the Butterworth prototype (the band-pass has `order` sections).
    Returns the (order, 6) sos array. Raises
    ValueError("need 0 < low_hz < high_hz < fs / 2") for band edges outside
    that range.
    """
    if not 0 < low_hz < high_hz < fs / 2:
        raise ValueError("need 0 < low_hz < high_hz < fs / 2")
    # passing fs lets the edges stay in Hz instead of fractions of Nyquist
    return signal.butter(order, [low_hz, high_hz], btype="bandpass", fs=fs, output="sos")


filtered = signal.sosfiltfilt(design_bandpass(40, 60, fs), x)

try:
    design_bandpass(300, 600, 1000)
except ValueError as error:
    band_error = str(error)
