# /// example
# task = """
# A second microphone records `signal` (sampled at `fs` Hz) 37 samples later plus noise (20% of \
# the signal's standard deviation, seed 3): build `received`, cross-correlate it with `signal` \
# (`correlate`, full mode, into `xcorr`) and use `correlation_lags` (`lags`) to turn the \
# correlation peak into the lag `estimated_lag` (samples) and the delay `delay_s` (seconds)."""
# prompt = """
# I'm simulating a second microphone that hears `signal` (sampled at `fs` Hz) 37 samples late, \
# plus noise at 20% of the signal's standard deviation (seed 3); build that as `received`. \
# Cross-correlate `received` against `signal` in full mode (all 2N-1 lags) into `xcorr`, get the \
# matching lag axis in `lags` (positive when `received` lags), and read the delay off the \
# correlation peak as `estimated_lag` in samples and `delay_s` in seconds."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { signal = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'estimated_lag == 37',
#     'np.isclose(delay_s, 37 / fs)',
#     'len(lags) == len(xcorr) == 2 * len(signal) - 1',
# ]
# difficulty = 'intermediate'
# tags = ['correlation']
# [edge_cases]
# min_size = 370
# why = 'the true lag is 37 samples: the delayed copy needs a longer record to exist at all, and the correlation peak stands out only over a record many times the lag (ten times here)'
# ///
import numpy as np
from scipy import signal as sps

rng = np.random.default_rng(3)
true_lag = 37
received = np.concatenate([np.zeros(true_lag), signal[:-true_lag]])
received += 0.2 * signal.std() * rng.standard_normal(signal.size)
# subtracting the means keeps a DC offset from adding a broad hump that can pull the peak
xcorr = sps.correlate(received - received.mean(), signal - signal.mean(), mode="full")
# the lag of every full-mode entry; it is positive when `received` comes later than `signal`
lags = sps.correlation_lags(received.size, signal.size, mode="full")
estimated_lag = lags[np.argmax(xcorr)]
delay_s = estimated_lag / fs
