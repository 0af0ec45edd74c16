# /// example
# task = """
# Channel `y` repeats channel `x` (both sampled at `fs` Hz) some time later, on top of a slow \
# linear drift. Remove a straight-line trend from both (`detrend`), cross-correlate `y` against `x` \
# in full mode into `xcorr`, take the lags from `correlation_lags` into `lags`, and store the lag \
# of the correlation peak in `lag_samples` and in seconds in `delay_est` (positive when `y` lags). \
# `delay_s` holds the true delay, to compare with."""
# prompt = """
# Two channels `x` and `y`, sampled at `fs` Hz, see the same signal, but `y` gets it later and \
# also drifts slowly and linearly. Take out a straight-line trend from each, cross-correlate `y` \
# against `x` over all lags (full mode) into `xcorr` with the matching lag axis in `lags`, and \
# give me the lag at the correlation peak in samples as `lag_samples` and in seconds as \
# `delay_est` (positive when `y` lags). The true delay is in `delay_s` if you want to compare."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'stereo.x', y = 'stereo.y', fs = 'stereo.fs', delay_s = 'stereo.delay_s' }
# checks = [
#     'len(xcorr) == len(lags) == len(x) + len(y) - 1',
#     'lag_samples == lags[np.argmax(xcorr)]',
#     'np.isclose(delay_est, lag_samples / fs)',
#     # the peak of the detrended cross-correlation
#     'np.isclose(xcorr.max(), np.correlate(scipy.signal.detrend(y), scipy.signal.detrend(x), mode="full").max())',
#     # the estimate is within one sample of the true delay (1.01: the delays are floats)
#     'abs(delay_est - delay_s) <= 1.01 / fs',
# ]
# difficulty = 'intermediate'
# tags = ['correlation', 'trend']
# [edge_cases]
# min_size = 600
# why = "the plain (unnormalised) cross-correlation sums over an overlap that shrinks with the lag, which pulls its peak towards lag 0 by about (correlation length)^2 / record length samples: the peak lands on the true delay only for records many times the signal's correlation length (a few hundred samples)"
# ///
from scipy import signal as sps

# a drift would dominate the correlation sum and pull its peak towards lag 0
x_flat = sps.detrend(x, type="linear")
y_flat = sps.detrend(y, type="linear")
xcorr = sps.correlate(y_flat, x_flat, mode="full")
lags = sps.correlation_lags(len(y_flat), len(x_flat), mode="full")
lag_samples = lags[xcorr.argmax()]
delay_est = lag_samples / fs
