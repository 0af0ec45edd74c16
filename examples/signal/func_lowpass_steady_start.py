# /// example
# task = '''
# Write a function `lowpass_steady_start` with the signature and docstring below. Apply it to \
# the `temperature` column of `weather` (1 sample per day) with a cutoff of 0.05 cycles per day \
# and store the result in `smoothed`.
#
# ```python
# def lowpass_steady_start(x, cutoff, fs, order=2):
#     """Causal Butterworth low-pass of x (order `order`, cutoff in Hz for
#     sample rate fs), run as second-order sections whose initial state is
#     the steady state for a constant input equal to x[0], so there is no
#     start-up transient: a constant signal comes out unchanged.
#     Returns a float array the length of x.
#     """
# ```'''
# prompt = """
# Forward-only low-pass filters on my series start with a big dip because they assume the \
# signal was zero before. I want `lowpass_steady_start(x, cutoff, fs, order=2)`: a causal \
# Butterworth low-pass in second-order sections, started in the steady state for a constant \
# input equal to the first sample, so a constant series passes through unchanged. Run it on the \
# daily `temperature` of `weather` with cutoff 0.05 cycles per day (fs 1) into `smoothed`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     # a constant passes through unchanged: no start-up transient
#     'np.allclose(lowpass_steady_start(np.full(50, 7.5), 0.1, 1.0), 7.5)',
#     'np.allclose(lowpass_steady_start(np.full(30, -2.0), 5.0, 100.0, order=4), -2.0)',
#     # on a step from 1 to 3 the output starts at 1 and ends near 3
#     'np.isclose(lowpass_steady_start(np.r_[np.ones(40), 3 * np.ones(200)], 0.05, 1.0)[0], 1.0) and np.isclose(lowpass_steady_start(np.r_[np.ones(40), 3 * np.ones(200)], 0.05, 1.0)[-1], 3.0, atol=1e-3)',
#     'np.allclose(lowpass_steady_start(np.sin(np.arange(60) / 3.0), 0.1, 1.0, order=3), scipy.signal.sosfilt(scipy.signal.butter(3, 0.1, fs=1.0, output="sos"), np.sin(np.arange(60) / 3.0), zi=scipy.signal.sosfilt_zi(scipy.signal.butter(3, 0.1, fs=1.0, output="sos")) * 0.0)[0])',
#     'np.shape(smoothed) == (len(weather),)',
#     'np.allclose(smoothed, scipy.signal.sosfilt(scipy.signal.butter(2, 0.05, fs=1.0, output="sos"), weather["temperature"].to_numpy(dtype=float), zi=scipy.signal.sosfilt_zi(scipy.signal.butter(2, 0.05, fs=1.0, output="sos")) * weather["temperature"].to_numpy(dtype=float)[0])[0], equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'filtering', 'lowpass', 'time-series']
# edge_cases = true
# ///
import numpy as np
from scipy import signal


def lowpass_steady_start(x, cutoff, fs, order=2):
    """Causal Butterworth low-pass of x (order `order`, cutoff in Hz for
    sample rate fs), run as second-order sections whose initial state is
    the steady state for a constant input equal to x[0], so there is no
    start-up transient: a constant signal comes out unchanged.
    Returns a float array the length of x.
    """
    x = np.asarray(x, dtype=float)
    sos = signal.butter(order, cutoff, fs=fs, output="sos")
    # sosfilt_zi is the steady state for a unit step; scale it to the first sample
    filtered, _ = signal.sosfilt(sos, x, zi=signal.sosfilt_zi(sos) * x[0])
    return filtered


smoothed = lowpass_steady_start(weather["temperature"], 0.05, 1.0)
