# /// example
# task = """
# Smooth `signal` (sampled at `fs` Hz) with a Savitzky-Golay filter of polynomial order 3 over a \
# window of about 51 ms (odd number of samples); store the result in `smoothed`."""
# prompt = """
# Smooth `signal` (sampled at `fs` Hz) with a Savitzky-Golay filter of polynomial order 3 over a \
# window of about 51 ms (an odd number of samples), and store the result in `smoothed`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'smoothed.shape == signal.shape',
#     'band_power(smoothed, fs, fs / 4, fs / 2) <= 0.1 * band_power(signal, fs, fs / 4, fs / 2) + 0.0001 * band_power(signal, fs, 0, fs / 2)',
#     'band_power(smoothed, fs, 0, 10) >= 0.95 * band_power(signal, fs, 0, 10) - 0.0001 * band_power(signal, fs, 0, fs / 2)',
# ]
# difficulty = 'basic'
# tags = ['smoothing']
# [edge_cases]
# min_seconds = 0.5
# why = 'the window spans 51 ms, and the checks read the 0-10 Hz band, which takes periodogram bins (1 / duration) a few times finer than 10 Hz'
# ///
from scipy import signal as sps

window_length = int(0.051 * fs) | 1  # odd, about 51 ms
# a local cubic fit keeps peak heights that a moving average would flatten
smoothed = sps.savgol_filter(signal, window_length, polyorder=3)
