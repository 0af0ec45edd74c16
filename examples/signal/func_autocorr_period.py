# /// example
# task = '''
# Write a function `fundamental_period` with the signature and docstring below, and apply it to \
# the channel `x` (sampled at `fs` Hz) with periods between 0.1 s and 2 s, storing the result in \
# `period`.
#
# ```python
# def fundamental_period(x, fs, min_period, max_period):
#     """Estimate the period of a roughly periodic signal, in seconds.
#
#     Removes the mean of x (sampled at fs Hz), computes its full
#     autocorrelation and returns lag / fs for the lag with the largest
#     autocorrelation among the lags from round(min_period * fs) to
#     round(max_period * fs) samples, both included.
#     """
# ```'''
# prompt = """
# I need a simple pitch/period tracker: `fundamental_period(x, fs, min_period, max_period)` that \
# removes the mean, takes the full autocorrelation and returns, in seconds, the lag with the \
# highest autocorrelation among the lags from round(min_period * fs) to round(max_period * fs) \
# samples (inclusive), divided by `fs`. Run it on my channel `x` (rate `fs`) for periods from \
# 0.1 s to 2 s and store the answer in `period`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'stereo.x', fs = 'stereo.fs' }
# checks = [
#     # a 5 Hz sine: period 0.2 s
#     'np.isclose(fundamental_period(np.sin(2 * np.pi * 5 * np.arange(1000) / 1000), 1000, 0.05, 0.5), 0.2)',
#     # a 2 Hz square wave sampled at 100 Hz: period 0.5 s
#     'np.isclose(fundamental_period(scipy.signal.square(2 * np.pi * 2 * np.arange(400) / 100), 100, 0.2, 1.0), 0.5)',
#     # the lag range matters: a 4 Hz sawtooth repeats every 0.25 s; with 0.25 s excluded the next repeat, 0.5 s, wins
#     'np.isclose(fundamental_period(scipy.signal.sawtooth(2 * np.pi * 4 * np.arange(800) / 200), 200, 0.2, 0.6), 0.25)',
#     'np.isclose(fundamental_period(scipy.signal.sawtooth(2 * np.pi * 4 * np.arange(800) / 200), 200, 0.3, 0.6), 0.5)',
#     # the lag of `period` is allowed and its autocorrelation is the largest there (up to round-off, so near ties may go either way)
#     '(lambda c, lo, hi, lag: np.isclose(period * fs, lag) and lo <= lag <= hi and c[lag] >= c[lo : hi + 1].max() - 1e-9 * max(c[0], 1e-300))(np.correlate(x - np.mean(x), x - np.mean(x), mode="full")[len(x) - 1 :], round(0.1 * fs), round(2 * fs), round(period * fs))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'correlation', 'peak-detection']
# edge_cases = true
# ///
import numpy as np
from scipy import signal


def fundamental_period(x, fs, min_period, max_period):
    """Estimate the period of a roughly periodic signal, in seconds.

    Removes the mean of x (sampled at fs Hz), computes its full
    autocorrelation and returns lag / fs for the lag with the largest
    autocorrelation among the lags from round(min_period * fs) to
    round(max_period * fs) samples, both included.
    """
    x = np.asarray(x, dtype=float) - np.mean(x)
    acf = signal.correlate(x, x, mode="full", method="direct")
    lags = signal.correlation_lags(len(x), len(x), mode="full")
    # keep only the lags the caller allows; lag 0 always wins otherwise
    allowed = (lags >= round(min_period * fs)) & (lags <= round(max_period * fs))
    return lags[allowed][np.argmax(acf[allowed])] / fs


period = fundamental_period(x, fs, 0.1, 2.0)
