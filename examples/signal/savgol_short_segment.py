# /// example
# task = """
# Smooth a short 31-sample segment `segment = signal[:31]` with a Savitzky-Golay filter \
# (polynomial order 3) that is configured for a 51-sample window. `savgol_filter` raises \
# ValueError when the window is longer than the data: catch it, store the message in \
# `window_error`, shrink the window to the longest odd length that fits (`window_length`) and \
# smooth again; store the result in `smoothed`."""
# prompt = """
# I'm smoothing a short 31-sample segment of my data `signal`, `segment = signal[:31]`, with a \
# Savitzky-Golay filter (polynomial order 3) configured for a 51-sample window, and it raises \
# ValueError because the window is longer than the data. Catch it, store the message in \
# `window_error`, shrink the window to the longest odd length that fits (`window_length`) and \
# smooth again, storing the result in `smoothed`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { signal = 'noisy.signal' }
# checks = [
#     'window_error is not None and window_length == 31',
#     'np.array_equal(segment, signal[:31])',
#     'smoothed.shape == segment.shape and np.all(np.isfinite(smoothed))',
#     'np.std(np.diff(smoothed)) < np.std(np.diff(segment))',
# ]
# difficulty = 'basic'
# tags = ['smoothing', 'error-handling']
# edge_cases = true
# ///
from scipy import signal as sps

segment = signal[:31]
window_length, polyorder = 51, 3
window_error = None
try:
    # the default mode="interp" raises ValueError when the window is longer than the data
    smoothed = sps.savgol_filter(segment, window_length, polyorder)
except ValueError as err:
    window_error = str(err)
    # an odd window has a middle sample, so each smoothed value is centred on its input
    window_length = len(segment) if len(segment) % 2 else len(segment) - 1
    smoothed = sps.savgol_filter(segment, window_length, polyorder)
