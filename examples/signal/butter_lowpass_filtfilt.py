# /// example
# task = """
# Apply a zero-phase 4th-order Butterworth low-pass filter with a 30 Hz cutoff to the 1-D array \
# `signal` sampled at `fs` Hz; store the result in `filtered`."""
# prompt = """
# Could you low-pass my 1-D recording `signal` (sampled at `fs` Hz) with a 4th-order Butterworth \
# at 30 Hz, run forward and backward so there is no phase shift? Store the smoothed array in \
# `filtered`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'filtered.shape == signal.shape',
#     # zero phase: away from the ends the result matches a forward-backward pass of the stated filter
#     'np.sqrt(np.mean((filtered - scipy.signal.sosfiltfilt(scipy.signal.butter(4, 30, fs=fs, output="sos"), signal))[len(signal) // 4 : 3 * len(signal) // 4] ** 2)) <= 0.05 * np.std(signal) + 1e-9 * np.abs(signal).max()',
#     'band_power(filtered, fs, 60, fs / 2) <= 0.05 * band_power(signal, fs, 60, fs / 2) + 0.0001 * band_power(signal, fs, 0, fs / 2)',
#     'band_power(filtered, fs, 0, 20) >= 0.8 * band_power(signal, fs, 0, 20) - 0.0001 * band_power(signal, fs, 0, fs / 2)',
# ]
# difficulty = 'basic'
# tags = ['filter-design', 'lowpass', 'iir-filter', 'filtering']
# [edge_cases]
# min_seconds = 0.2
# why = 'the checks tell the 0-20 Hz passband from the stopband above 60 Hz, which takes periodogram bins (1 / duration) a few times finer than that gap'
# ///
from scipy import signal as sps

# second-order sections are numerically safer than (b, a) for IIR filters
sos = sps.butter(4, 30, btype="lowpass", fs=fs, output="sos")
filtered = sps.sosfiltfilt(sos, signal)
