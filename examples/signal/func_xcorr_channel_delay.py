# /// example
# task = '''
# Write a function `estimate_delay` with the signature and docstring below. Apply it to the two
# channels `x` and `y` sampled at `fs` Hz and store the result in `lag_s` (`delay_s` holds the true
# delay, to compare with).
#
# ```python
# def estimate_delay(x, y, fs, max_delay_s=None):
#     """Delay in seconds of channel `y` relative to channel `x`.
#
#     Both channels are sampled at `fs` Hz and linearly detrended first. The
#     delay is the lag of the largest value of the full cross-correlation of y
#     against x, positive when y lags x. If `max_delay_s` is given only lags
#     with |lag| <= max_delay_s * fs samples are considered. Returns a float.
#     """
# ```'''
# prompt = """
# I align pairs of recordings a lot. Please write `estimate_delay(x, y, fs, max_delay_s=None)`: \
# detrend both channels (straight line), cross-correlate `y` against `x` over all lags, and \
# return the lag of the peak in seconds (positive if `y` comes later); when `max_delay_s` is \
# given, only look at lags up to `max_delay_s * fs` samples either way. Run it on my channels \
# `x` and `y` at `fs` Hz into `lag_s`; the true delay is in `delay_s`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'stereo.x', y = 'stereo.y', fs = 'stereo.fs', delay_s = 'stereo.delay_s' }
# checks = [
#     'np.isclose(estimate_delay(np.sin(np.arange(60) ** 2 / 7), np.r_[np.zeros(4), np.sin(np.arange(56) ** 2 / 7)], 10.0), 0.4)',
#     'np.isclose(estimate_delay(np.r_[np.zeros(4), np.sin(np.arange(56) ** 2 / 7)], np.sin(np.arange(60) ** 2 / 7), 10.0), -0.4)',
#     # y holds a weak echo 2 samples after x's pulse and a strong one 30 samples after
#     'np.isclose(estimate_delay(np.eye(64)[10], 0.5 * np.eye(64)[12] + np.eye(64)[40], 10.0), 3.0)',
#     'np.isclose(estimate_delay(np.eye(64)[10], 0.5 * np.eye(64)[12] + np.eye(64)[40], 10.0, max_delay_s=0.5), 0.2)',
#     'np.isclose(lag_s, scipy.signal.correlation_lags(len(y), len(x))[np.argmax(scipy.signal.correlate(scipy.signal.detrend(y), scipy.signal.detrend(x)))] / fs)',
#     # within one sample of the true delay (1.01: the delays are floats)
#     'abs(lag_s - delay_s) <= 1.01 / fs',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'correlation', 'trend']
# [edge_cases]
# min_size = 600
# why = "the plain cross-correlation sums over an overlap that shrinks with the lag, which pulls its peak towards lag 0: the peak lands on the true delay only for records many times the signal's correlation length (a few hundred samples)"
# ///
import numpy as np
from scipy import signal


def estimate_delay(x, y, fs, max_delay_s=None):
    """Delay in seconds of channel `y` relative to channel `x`.

    Both channels are sampled at `fs` Hz and linearly detrended first. The
    delay is the lag of the largest value of the full cross-correlation of y
    against x, positive when y lags x. If `max_delay_s` is given only lags
    with |lag| <= max_delay_s * fs samples are considered. Returns a float.
    """
    # a drift would dominate the correlation sum and pull the peak towards lag 0
    x = signal.detrend(np.asarray(x, dtype=float))
    y = signal.detrend(np.asarray(y, dtype=float))
    xcorr = signal.correlate(y, x, mode="full")
    lags = signal.correlation_lags(len(y), len(x), mode="full")
    if max_delay_s is not None:
        allowed = np.abs(lags) <= max_delay_s * fs
        xcorr, lags = xcorr[allowed], lags[allowed]
    return float(lags[np.argmax(xcorr)] / fs)


lag_s = estimate_delay(x, y, fs)
