# /// example
# task = """
# A sensor adds a linear drift: build `drifting = signal + 0.8 * t + 2.0` from `signal` and its \
# time axis `t` (s), then remove the linear trend with `detrend` and store the result in \
# `detrended`."""
# prompt = """
# My sensor adds a linear drift, which I simulate as `drifting = signal + 0.8 * t + 2.0` from \
# `signal` and its time axis `t` in seconds. Remove the least-squares straight-line trend (slope \
# and offset) from `drifting` and store what is left in `detrended`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { signal = 'noisy.signal', t = 'noisy.t' }
# checks = [
#     'detrended.shape == signal.shape',
#     'abs(np.polyfit(t, detrended, 1)[0]) < 1e-8 * (1 + abs(np.polyfit(t, drifting, 1)[0]))',
#     'abs(detrended.mean()) < 1e-8 * (1 + abs(drifting).max())',
#     'np.allclose(detrended, scipy.signal.detrend(signal))',
#     'np.allclose(drifting, signal + 0.8 * t + 2.0)',
# ]
# difficulty = 'basic'
# tags = ['trend']
# edge_cases = true
# ///
from scipy import signal as sps

drifting = signal + 0.8 * t + 2.0
# type="linear" removes the least-squares line (slope and offset); "constant" only the mean
detrended = sps.detrend(drifting, type="linear")
